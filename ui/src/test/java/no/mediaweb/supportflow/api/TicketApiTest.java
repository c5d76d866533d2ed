package no.mediaweb.supportflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import no.mediaweb.supportflow.SupportflowAppTest;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.customer.Plan;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SupportflowAppTest
@AutoConfigureMockMvc
class TicketApiTest {

  @Autowired MockMvc mvc;
  @Autowired CustomerRepository customers;
  @Autowired TicketRepository tickets;
  @Autowired JdbcClient jdbc;

  private Customer customer;

  @BeforeEach
  void customer() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    customer = customers.save(
        new Customer(null, "api-" + id + "@example.com", "API " + id, null, Plan.ENTERPRISE, "America/New_York", "en", Instant.now()));
  }

  @Test
  void creating_a_ticket_returns_201_with_its_number_and_link_and_starts_its_workflow() throws Exception {
    String body =
        """
        {"accountEmail": "%s", "subject": "Checkout page returns 500", "description": "Since 10:00 every order fails.", "priority": "CRITICAL"}
        """
            .formatted(customer.accountEmail().toUpperCase());

    String number =
        com.jayway.jsonpath.JsonPath.read(
            mvc.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/tickets/MW-\\d{6}")))
                .andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("MW-\\d{6}")))
                .andExpect(jsonPath("$.customerLink").value(org.hamcrest.Matchers.startsWith("http://localhost:8080/my-ticket/")))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.number");

    Ticket ticket = tickets.findByNumber(number).orElseThrow();
    assertThat(ticket.customerId()).isEqualTo(customer.id());
    assertThat(ticket.channel()).isEqualTo(Channel.API);
    assertThat(ticket.processInstanceKey()).isNotNull().isPositive();
  }

  @Test
  void missing_fields_get_400_with_a_problem_detail_naming_each_field_and_nothing_is_stored() throws Exception {
    long before = ticketCount();

    mvc.perform(
            post("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountEmail\": \"not-an-email\", \"subject\": \"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.type").value("https://supportflow.mediaweb.no/problems/invalid-ticket"))
        .andExpect(jsonPath("$.errors.accountEmail").exists())
        .andExpect(jsonPath("$.errors.subject").exists())
        .andExpect(jsonPath("$.errors.description").exists())
        .andExpect(jsonPath("$.errors.priority").exists());

    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void an_account_without_a_support_plan_gets_400_and_nothing_is_stored() throws Exception {
    long before = ticketCount();

    mvc.perform(
            post("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"accountEmail": "nobody@example.com", "subject": "Domain not connecting", "description": "DNS", "priority": "LOW"}
                    """))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.title").value("Unknown account"))
        .andExpect(jsonPath("$.errors.accountEmail").exists());

    assertThat(ticketCount()).isEqualTo(before);
  }

  @Test
  void malformed_json_and_unknown_priorities_get_400_problem_details() throws Exception {
    mvc.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON).content("{\"accountEmail\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400));
    mvc.perform(
            post("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"accountEmail": "%s", "subject": "Domain not connecting", "description": "DNS", "priority": "URGENTEST"}
                    """
                        .formatted(customer.accountEmail())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.status").value(400));
  }

  @Test
  void a_category_is_stored_with_the_ticket_and_a_missing_one_is_other() throws Exception {
    String withCategory =
        """
        {"accountEmail": "%s", "subject": "Site down since midnight", "description": "Nothing loads.", "priority": "HIGH", "category": "SITE_DOWN"}
        """
            .formatted(customer.accountEmail());
    String without =
        """
        {"accountEmail": "%s", "subject": "Where is the logo setting?", "description": "Cannot find it.", "priority": "LOW"}
        """
            .formatted(customer.accountEmail());

    assertThat(tickets.findByNumber(create(withCategory)).orElseThrow().category()).isEqualTo(Category.SITE_DOWN);
    assertThat(tickets.findByNumber(create(without)).orElseThrow().category()).isEqualTo(Category.OTHER);
  }

  @Test
  void an_unknown_category_gets_400_and_nothing_is_stored() throws Exception {
    long before = ticketCount();

    mvc.perform(
            post("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"accountEmail": "%s", "subject": "Domain not connecting", "description": "DNS", "priority": "LOW", "category": "BROKEN"}
                    """
                        .formatted(customer.accountEmail())))
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
        .andExpect(jsonPath("$.status").value(400));

    assertThat(ticketCount()).isEqualTo(before);
  }

  private String create(String body) throws Exception {
    return com.jayway.jsonpath.JsonPath.read(
        mvc.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.number");
  }

  @Test
  void the_api_exposes_nothing_else_to_anonymous_callers() throws Exception {
    mvc.perform(get("/api/v1/tickets")).andExpect(status().is4xxClientError());
  }

  private long ticketCount() {
    return jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single();
  }
}
