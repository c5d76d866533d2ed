package no.mediaweb.supportflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.testing.EmbeddedServicesInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The REST API's contract over real HTTP against the application on a random port: the happy
 * paths, every 4xx as an RFC 9457 problem detail, nothing written on failure, and the OpenAPI
 * document. Shares its context with the browser tests (same configuration).
 */
@SpringBootTest(classes = SupportflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedServicesInitializer.class)
@TestPropertySource(
    properties = {
      "supportflow.links.secret=ui-test-secret-0123456789abcdef0123",
      "supportflow.links.base-url=http://localhost:8080",
    })
class TicketApiContractTest {

  static final String PROBLEM_JSON = "application/problem+json";
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @LocalServerPort int port;
  @Autowired CustomerRepository customers;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private Customer customer;

  @BeforeEach
  void customer() {
    customer = customer(Plan.PRO);
  }

  @Test
  void a_ticket_opened_with_technical_details_is_read_back_with_its_token() throws Exception {
    HttpResponse<String> created = post("/api/v1/tickets", ticketJson(customer, "HIGH",
        ", \"technicalDetails\": {\"operatingSystem\": \"Windows 11\", \"browser\": \"Edge 131\", \"deviceType\": \"DESKTOP\","
            + " \"connectionType\": \"WIRED\", \"errorMessages\": \"Error 500\"}"));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    String number = body.get("number").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/tickets/" + number);
    assertThat(body.get("priority").asText()).isEqualTo("HIGH");
    assertThat(body.get("notice").isNull()).isTrue();
    assertThat(body.get("customerLink").asText()).endsWith("/" + body.get("ticketToken").asText());

    HttpResponse<String> read = get("/api/v1/tickets/" + number, Map.of("X-Ticket-Token", body.get("ticketToken").asText()));
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode ticket = json.readTree(read.body());
    assertThat(ticket.get("number").asText()).isEqualTo(number);
    assertThat(ticket.get("technicalDetails").get("operatingSystem").asText()).isEqualTo("Windows 11");
    assertThat(ticket.get("technicalDetails").get("connectionType").asText()).isEqualTo("WIRED");
    assertThat(ticket.get("messages").get(0).get("body").asText()).isEqualTo("Since 10:00 every order fails.");
  }

  @Test
  void a_starter_accounts_critical_ticket_is_filed_as_high_with_a_notice() throws Exception {
    HttpResponse<String> created = post("/api/v1/tickets", ticketJson(customer(Plan.STARTER), "CRITICAL", ""));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    assertThat(body.get("priority").asText()).isEqualTo("HIGH");
    assertThat(body.get("notice").asText()).contains("Critical priority is for Pro and Enterprise");
    assertThat(jdbc.sql("SELECT priority FROM ticket WHERE number = :n").param("n", body.get("number").asText())
            .query(String.class).single())
        .isEqualTo("HIGH");
  }

  @Test
  void reading_a_ticket_without_a_token_is_401_and_a_wrong_token_or_unknown_ticket_the_same_404() throws Exception {
    Opened opened = open(customer);

    HttpResponse<String> missing = get("/api/v1/tickets/" + opened.number(), Map.of());
    assertProblem(missing, 401, "missing-token");
    assertThat(missing.headers().firstValue("WWW-Authenticate")).isPresent();

    String tampered = (opened.token().charAt(0) == 'A' ? "B" : "A") + opened.token().substring(1);
    HttpResponse<String> wrong = get("/api/v1/tickets/" + opened.number(), Map.of("X-Ticket-Token", tampered));
    HttpResponse<String> unknown = get("/api/v1/tickets/MW-999998", Map.of("X-Ticket-Token", opened.token()));
    assertProblem(wrong, 404, "not-found");
    assertProblem(unknown, 404, "not-found");
    assertThat(json.readTree(wrong.body()).get("detail")).isEqualTo(json.readTree(unknown.body()).get("detail"));
    assertThat(wrong.body()).doesNotContain("Since 10:00");
  }

  @Test
  void a_ticket_request_sent_again_with_its_idempotency_key_opens_one_ticket_and_answers_with_it() throws Exception {
    Customer other = customer(Plan.STARTER);
    long before = tickets();

    HttpResponse<String> first = post("/api/v1/tickets", ticketJson(customer, "NORMAL", ""), Map.of("Idempotency-Key", "order-4711"));
    HttpResponse<String> again = post("/api/v1/tickets", ticketJson(customer, "NORMAL", ""), Map.of("Idempotency-Key", "order-4711"));
    HttpResponse<String> otherKey = post("/api/v1/tickets", ticketJson(customer, "NORMAL", ""), Map.of("Idempotency-Key", "order-4712"));
    HttpResponse<String> otherCustomer = post("/api/v1/tickets", ticketJson(other, "NORMAL", ""), Map.of("Idempotency-Key", "order-4711"));

    assertThat(List.of(first, again, otherKey, otherCustomer)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
    assertThat(json.readTree(again.body()).get("number")).isEqualTo(json.readTree(first.body()).get("number"));
    assertThat(json.readTree(again.body()).get("ticketToken")).isEqualTo(json.readTree(first.body()).get("ticketToken"));
    assertThat(json.readTree(otherKey.body()).get("number")).isNotEqualTo(json.readTree(first.body()).get("number"));
    assertThat(json.readTree(otherCustomer.body()).get("number")).isNotEqualTo(json.readTree(first.body()).get("number"));
    assertThat(tickets()).isEqualTo(before + 3);
  }

  @Test
  void a_customer_message_is_added_once_per_idempotency_key_and_a_tampered_token_adds_nothing() throws Exception {
    Opened opened = open(customer);
    Map<String, String> headers = Map.of("X-Ticket-Token", opened.token(), "Idempotency-Key", "retry-1");

    HttpResponse<String> first = post("/api/v1/tickets/" + opened.number() + "/messages", "{\"body\": \"It also fails on mobile.\"}", headers);
    HttpResponse<String> again = post("/api/v1/tickets/" + opened.number() + "/messages", "{\"body\": \"It also fails on mobile.\"}", headers);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(json.readTree(again.body()).get("messageId")).isEqualTo(json.readTree(first.body()).get("messageId"));
    assertThat(messages(opened.number())).isEqualTo(2);

    HttpResponse<String> tampered = post("/api/v1/tickets/" + opened.number() + "/messages", "{\"body\": \"Sneaky\"}",
        Map.of("X-Ticket-Token", opened.token().substring(1) + "x"));
    assertProblem(tampered, 404, "not-found");
    HttpResponse<String> empty = post("/api/v1/tickets/" + opened.number() + "/messages", "{\"body\": \"  \"}",
        Map.of("X-Ticket-Token", opened.token()));
    assertProblem(empty, 400, "invalid-message");
    assertThat(json.readTree(empty.body()).get("errors").get("body").asText()).isEqualTo("Write a message");
    assertThat(messages(opened.number())).isEqualTo(2);
  }

  @Test
  void malformed_json_is_400_and_nothing_is_written() throws Exception {
    long before = tickets();

    assertProblem(post("/api/v1/tickets", "{\"accountEmail\": \"" + customer.accountEmail() + "\", \"subject\": "), 400, "malformed-request");
    assertProblem(post("/api/v1/tickets", "[1, 2, 3]"), 400, "malformed-request");

    assertThat(tickets()).isEqualTo(before);
  }

  @Test
  void invalid_fields_are_400_naming_each_field_including_technical_details() throws Exception {
    long before = tickets();

    HttpResponse<String> response = post("/api/v1/tickets", ticketJson(customer, "NORMAL",
        ", \"technicalDetails\": {\"operatingSystem\": \"" + "w".repeat(101) + "\"}").replace("Checkout page returns 500", ""));

    assertProblem(response, 400, "invalid-ticket");
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.has("subject")).isTrue();
    assertThat(errors.has("technicalDetails.operatingSystem") || errors.has("operatingSystem")).isTrue();
    assertThat(tickets()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          subject          | 12345                | subject
          description      | true                 | description
          accountEmail     | -0.5                 | accountEmail
          priority         | 0                    | priority
          priority         | '"LOW "'             | priority
          category         | 7                    | category
          category         | '""'                 | category
          technicalDetails | '""'                 | technicalDetails
          technicalDetails | '"Windows"'          | technicalDetails
          technicalDetails | '{"browser": false}' | technicalDetails.browser
          """)
  void a_value_of_the_wrong_json_type_is_400_naming_the_field_and_nothing_is_written(String field, String value, String named)
      throws Exception {
    long before = tickets();
    Map<String, String> fields = new LinkedHashMap<>(Map.of(
        "accountEmail", "\"" + customer.accountEmail() + "\"", "subject", "\"Checkout page returns 500\"",
        "description", "\"Since 10:00 every order fails.\"", "priority", "\"NORMAL\""));
    fields.put(field, value);
    String body = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));

    HttpResponse<String> response = post("/api/v1/tickets", body);

    assertProblem(response, 400, "invalid-ticket");
    JsonNode errors = json.readTree(response.body()).get("errors");
    assertThat(errors.has(named)).as(response.body()).isTrue();
    assertThat(tickets()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "12345", "-0.5", "{\"text\": \"hello\"}"})
  void a_message_body_that_is_not_text_is_400_naming_the_field_and_adds_nothing(String value) throws Exception {
    Opened opened = open(customer);

    HttpResponse<String> response =
        post("/api/v1/tickets/" + opened.number() + "/messages", "{\"body\": " + value + "}", Map.of("X-Ticket-Token", opened.token()));

    assertProblem(response, 400, "invalid-message");
    assertThat(json.readTree(response.body()).get("errors").get("body").asText()).isEqualTo("Must be text (a JSON string)");
    assertThat(messages(opened.number())).isEqualTo(1);
  }

  @Test
  void an_address_the_firewall_refuses_is_400_not_a_redirect_to_the_login() throws Exception {
    Opened opened = open(customer);
    long before = messages(opened.number());

    HttpResponse<String> read = get("/api/v1/tickets/..%252F..%252Fetc", Map.of("X-Ticket-Token", opened.token()));
    HttpResponse<String> message =
        post("/api/v1/tickets/MW-1%2500/messages", "{\"body\": \"Hello\"}", Map.of("X-Ticket-Token", opened.token()));
    HttpResponse<String> page = get("/my-ticket/" + opened.number() + "/" + opened.token() + "%2500", Map.of());

    assertProblem(read, 400, "bad-request");
    assertProblem(message, 400, "bad-request");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    for (HttpResponse<String> response : List.of(read, message, page)) {
      assertThat(response.headers().firstValue("Location")).isEmpty();
    }
    assertThat(messages(opened.number())).isEqualTo(before);
  }

  @Test
  void an_unknown_api_route_is_a_404_problem() throws Exception {
    assertProblem(get("/api/v1/nothing-here", Map.of()), 404, "not-found");
    assertProblem(get("/api/v2/tickets", Map.of()), 404, "not-found");
  }

  @Test
  void a_wrong_method_is_405_a_wrong_accept_406_and_a_wrong_content_type_415() throws Exception {
    long before = tickets();

    HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/v1/tickets")).DELETE().build());
    assertProblem(delete, 405, "method-not-allowed");
    assertThat(delete.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));

    Opened opened = open(customer);
    assertProblem(get("/api/v1/tickets/" + opened.number(), Map.of("X-Ticket-Token", opened.token(), "Accept", "application/xml")),
        406, "not-acceptable");

    assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/tickets")).header("Content-Type", "text/plain")
            .POST(BodyPublishers.ofString(ticketJson(customer, "LOW", ""))).build()),
        415, "unsupported-media-type");
    assertThat(tickets()).isEqualTo(before + 1);
  }

  @Test
  void a_body_over_the_json_limit_is_413_and_nothing_is_written() throws Exception {
    long before = tickets();

    HttpResponse<String> response = post("/api/v1/tickets", ticketJson(customer, "LOW", ", \"padding\": \"" + "p".repeat(70_000) + "\""));

    assertProblem(response, 413, "too-large");
    assertThat(tickets()).isEqualTo(before);
  }

  @Test
  void a_message_with_a_screenshot_is_stored_and_downloaded_as_an_attachment_with_its_checked_type() throws Exception {
    Opened opened = open(customer);

    HttpResponse<String> sent = multipart(opened, "Screenshot attached", "checkout.png", PNG);
    assertThat(sent.statusCode()).isEqualTo(201);
    assertThat(json.readTree(sent.body()).get("attachments").asInt()).isEqualTo(1);

    JsonNode ticket = json.readTree(get("/api/v1/tickets/" + opened.number(), Map.of("X-Ticket-Token", opened.token())).body());
    JsonNode file = ticket.get("messages").get(1).get("attachments").get(0);
    assertThat(file.get("name").asText()).isEqualTo("checkout.png");
    assertThat(file.get("contentType").asText()).isEqualTo("image/png");

    HttpResponse<byte[]> download = http.send(
        HttpRequest.newBuilder(uri(file.get("href").asText())).header("X-Ticket-Token", opened.token()).build(), BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PNG);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> withoutToken = get(file.get("href").asText(), Map.of());
    assertProblem(withoutToken, 401, "missing-token");
  }

  @ParameterizedTest
  @ValueSource(strings = {"setup.exe", "fake.png"})
  void a_message_with_a_file_that_is_not_allowed_is_415_and_adds_nothing(String name) throws Exception {
    Opened opened = open(customer);
    long attachments = jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single();

    HttpResponse<String> sent = multipart(opened, "See the file", name, "MZ not an image".getBytes(StandardCharsets.UTF_8));

    assertProblem(sent, 415, "unsupported-attachment");
    assertThat(messages(opened.number())).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single()).isEqualTo(attachments);
  }

  @Test
  void the_openapi_document_lists_the_endpoints_and_swagger_ui_is_served() throws Exception {
    HttpResponse<String> document = get("/api/v1/openapi.json", Map.of());

    assertThat(document.statusCode()).isEqualTo(200);
    JsonNode paths = json.readTree(document.body()).get("paths");
    assertThat(paths.has("/api/v1/tickets")).isTrue();
    assertThat(paths.get("/api/v1/tickets/{number}").has("get")).isTrue();
    assertThat(paths.get("/api/v1/tickets/{number}/messages").has("post")).isTrue();
    assertThat(paths.has("/api/v1/tickets/{number}/attachments/{attachmentId}")).isTrue();
    assertThat(document.body()).contains("X-Ticket-Token");

    HttpResponse<String> docs = send(HttpRequest.newBuilder(uri("/api/docs")).build());
    String location = docs.headers().firstValue("Location").orElse("/api/docs");
    HttpResponse<String> ui = docs.statusCode() / 100 == 3 ? get(URI.create("http://localhost:" + port).resolve(location).getPath() + "?" + URI.create(location).getQuery(), Map.of()) : docs;
    assertThat(ui.statusCode()).as(docs.headers().map() + " then " + ui.headers().map()).isEqualTo(200);
    assertThat(ui.body()).contains("Swagger UI");
  }

  // --- helpers --------------------------------------------------------------------------------

  record Opened(String number, String token) {}

  private Opened open(Customer customer) throws Exception {
    HttpResponse<String> created = post("/api/v1/tickets", ticketJson(customer, "NORMAL", ""));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(created.body());
    return new Opened(body.get("number").asText(), body.get("ticketToken").asText());
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) throws IOException {
    assertThat(response.statusCode()).as(response.body() + response.headers().map()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM_JSON));
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://supportflow.mediaweb.no/problems/" + type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  private static String ticketJson(Customer customer, String priority, String extra) {
    return """
        {"accountEmail": "%s", "subject": "Checkout page returns 500", "description": "Since 10:00 every order fails.", "priority": "%s"%s}
        """.formatted(customer.accountEmail(), priority, extra);
  }

  private HttpResponse<String> multipart(Opened opened, String body, String fileName, byte[] content) throws Exception {
    String boundary = "----supportflow" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"body\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + body + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri("/api/v1/tickets/" + opened.number() + "/messages"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-Ticket-Token", opened.token())
        .POST(BodyPublishers.ofByteArray(out.toByteArray()))
        .build());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, body, Map.of());
  }

  private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private Customer customer(Plan plan) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return customers.save(new Customer(null, "contract-" + id + "@example.com", "Contract " + id, null, plan, "Europe/Oslo", "en", Instant.now()));
  }

  private long tickets() {
    return jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
  }

  private long messages(String number) {
    return jdbc.sql("SELECT COUNT(*) FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id WHERE t.number = :n")
        .param("n", number).query(Long.class).single();
  }
}
