package no.mediaweb.supportflow.mail;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.survey.SurveyMailDue;
import no.mediaweb.supportflow.ticket.CustomerLinks;
import no.mediaweb.supportflow.ticket.SupportMessagePosted;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketOpened;
import no.mediaweb.supportflow.ticket.TicketRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns ticket and survey events into mails to the customer, rendered in their language and stored
 * in the outbox in the event's own transaction. Each mail has a key derived from its event, so an
 * event published again (a redelivered job) stores nothing new.
 */
@Component
class CustomerMails {

  private final TicketRepository tickets;
  private final CustomerRepository customers;
  private final CustomerLinks links;
  private final MailRenderer renderer;
  private final MailOutbox outbox;

  CustomerMails(
      TicketRepository tickets, CustomerRepository customers, CustomerLinks links, MailRenderer renderer,
      MailOutbox outbox) {
    this.tickets = tickets;
    this.customers = customers;
    this.links = links;
    this.renderer = renderer;
    this.outbox = outbox;
  }

  @EventListener
  @Transactional
  public void ticketOpened(TicketOpened event) {
    Ticket ticket = tickets.findById(event.ticketId()).orElseThrow();
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    ZoneId zone = ZoneId.of(customer.timeZone());
    Map<String, String> values = values(ticket, customer);
    values.put("due", MailRenderer.formatInstant(ticket.firstResponseDueAt(), zone, customer.language()));
    values.put("zone", zone.getId());
    enqueue(
        "ticket:" + ticket.id() + ":acknowledgement", ticket, customer, MailTemplate.ACKNOWLEDGEMENT, values, null,
        links.linkFor(ticket.number()));
  }

  @EventListener
  @Transactional
  public void supportMessagePosted(SupportMessagePosted event) {
    Ticket ticket = tickets.findById(event.ticketId()).orElseThrow();
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    Map<String, String> values = values(ticket, customer);
    values.put("author", event.authorName());
    enqueue(
        "message:" + event.messageId(), ticket, customer, MailTemplate.forMessage(event.kind()), values, event.body(),
        links.linkFor(ticket.number()));
  }

  @EventListener
  @Transactional
  public void surveyMailDue(SurveyMailDue event) {
    Ticket ticket = tickets.findById(event.ticketId()).orElseThrow();
    Customer customer = customers.findById(ticket.customerId()).orElseThrow();
    ZoneId zone = ZoneId.of(customer.timeZone());
    Map<String, String> values = values(ticket, customer);
    values.put("expires", MailRenderer.formatInstant(event.expiresAt(), zone, customer.language()));
    values.put("zone", zone.getId());
    MailTemplate template =
        switch (event.kind()) {
          case INVITATION -> MailTemplate.SURVEY_INVITATION;
          case REMINDER -> MailTemplate.SURVEY_REMINDER;
        };
    enqueue(event.mailKey(), ticket, customer, template, values, null, event.surveyLink());
  }

  private static Map<String, String> values(Ticket ticket, Customer customer) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", customer.name());
    values.put("subject", ticket.subject());
    values.put("email", customer.accountEmail());
    return values;
  }

  private void enqueue(
      String mailKey, Ticket ticket, Customer customer, MailTemplate template, Map<String, String> values,
      String quotedMessage, String link) {
    String language = MailRenderer.languageFor(customer.language());
    RenderedMail mail =
        renderer.render(new MailRenderer.Content(template, language, ticket.number(), values, quotedMessage, link));
    outbox.enqueue(
        new MailOutbox.Draft(mailKey, ticket.id(), customer.accountEmail(), customer.name(), language, template, mail));
  }
}
