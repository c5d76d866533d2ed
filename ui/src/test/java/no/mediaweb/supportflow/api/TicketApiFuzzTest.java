package no.mediaweb.supportflow.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import no.mediaweb.supportflow.SupportflowAppTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeded random bad input against the intake API: wrong types and enums, missing fields, oversize
 * and odd text, markup, invalid e-mails. Every answer is a 4xx problem detail or a 201, never a 5xx,
 * and only the 201s leave a ticket behind.
 */
@SupportflowAppTest
@AutoConfigureMockMvc
class TicketApiFuzzTest {

  private static final int CASES = 250;
  private static final String[] ODD_TEXT = {
    "", " ", "\u0000", "<script>alert(1)</script>", "'; DROP TABLE ticket; --", "😀🔥💥", "e\u0301", "\u202Eevil",
    "x".repeat(201), "y".repeat(20001), "\\\"", "null", "{}", "[]", "<b>bold</b>", "%s%n%x", "Ünïcödé ÆØÅ æøå"
  };
  private static final String[] ODD_JSON_VALUES = {"null", "1", "-1", "true", "[]", "{}", "\"\"", "1e309", "\"LOW \""};
  private static final String[] EMAILS = {
    "not-an-email", "@example.com", "a@", "a@b", "a b@example.com", "<a@example.com>", "a@example.com\n", "x".repeat(300) + "@example.com"
  };
  private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "CRITICAL", "low", "URGENT", "", "0"};

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;
  @Autowired JdbcClient jdbc;

  @Test
  void random_bad_input_gets_4xx_problem_details_never_5xx_and_leaves_no_partial_writes() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    Customer customer =
        customers.save(new Customer(null, "fuzz-" + id + "@example.com", "Fuzz " + id, null, Plan.PRO, "Europe/Oslo", "en", Instant.now()));
    Random random = new Random(20261126L);
    long ticketsBefore = count("ticket");
    // the intake writes one description per ticket; an emergency's acknowledgement arrives later from its workflow
    long messagesBefore = count("ticket_message WHERE kind = 'DESCRIPTION'");
    int created = 0;
    List<String> serverErrors = new ArrayList<>();

    for (int i = 0; i < CASES; i++) {
      String body = body(random, customer.accountEmail());
      MockHttpServletResponse response =
          mvc.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
              .andReturn()
              .getResponse();
      int status = response.getStatus();
      if (status >= 500) {
        serverErrors.add(status + " for " + abbreviate(body));
      } else if (status == 201) {
        created++;
      } else {
        assertThat(status).as("status for %s", abbreviate(body)).isBetween(400, 499);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      }
    }

    assertThat(serverErrors).isEmpty();
    assertThat(count("ticket")).isEqualTo(ticketsBefore + created);
    assertThat(count("ticket_message WHERE kind = 'DESCRIPTION'")).isEqualTo(messagesBefore + created);
  }

  private static String body(Random random, String validEmail) {
    StringBuilder json = new StringBuilder("{");
    field(json, random, "accountEmail", random.nextInt(3) == 0 ? quote(pick(random, EMAILS)) : quote(validEmail));
    field(json, random, "subject", quote(random.nextBoolean() ? "Contact form broken after update" : pick(random, ODD_TEXT)));
    field(json, random, "description", quote(random.nextBoolean() ? "Steps: open /contact" : pick(random, ODD_TEXT)));
    field(json, random, "priority", random.nextInt(4) == 0 ? pick(random, ODD_JSON_VALUES) : quote(pick(random, PRIORITIES)));
    if (random.nextInt(5) == 0) {
      field(json, random, "plan", quote("ENTERPRISE"));
    }
    if (json.charAt(json.length() - 1) == ',') {
      json.setLength(json.length() - 1);
    }
    json.append('}');
    return random.nextInt(12) == 0 ? json.substring(0, random.nextInt(json.length())) : json.toString();
  }

  private static void field(StringBuilder json, Random random, String name, String value) {
    if (random.nextInt(6) == 0) {
      return;
    }
    json.append('"').append(name).append("\":").append(random.nextInt(10) == 0 ? pick(random, ODD_JSON_VALUES) : value).append(',');
  }

  private static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }

  private long count(String tableAndFilter) {
    return jdbc.sql("SELECT COUNT(*) FROM " + tableAndFilter).query(Long.class).single();
  }
}
