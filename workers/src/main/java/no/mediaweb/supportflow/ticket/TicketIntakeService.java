package no.mediaweb.supportflow.ticket;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens tickets from every channel. The ticket, its first message, its timeline and its process
 * instance are created together: if the workflow engine refuses, nothing is stored.
 */
@Service
@Validated
public class TicketIntakeService {

  private final CustomerRepository customers;
  private final TicketRepository tickets;
  private final Conversation conversation;
  private final Timeline timeline;
  private final TicketWorkflow workflow;
  private final TicketProperties properties;
  private final CustomerLinks links;
  private final Clock clock;

  TicketIntakeService(
      CustomerRepository customers,
      TicketRepository tickets,
      Conversation conversation,
      Timeline timeline,
      TicketWorkflow workflow,
      TicketProperties properties,
      CustomerLinks links,
      Clock clock) {
    this.customers = customers;
    this.tickets = tickets;
    this.conversation = conversation;
    this.timeline = timeline;
    this.workflow = workflow;
    this.properties = properties;
    this.links = links;
    this.clock = clock;
  }

  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel) {
    String email = request.accountEmail().trim().toLowerCase(Locale.ROOT);
    Customer customer =
        customers.findByAccountEmail(email).orElseThrow(() -> new UnknownAccountException(email));
    Instant now = clock.instant();
    Ticket saved =
        tickets.save(
            new Ticket(
                null, null, customer.id(), request.subject().trim(), request.description().trim(),
                request.priority(), TicketStatus.NEW, channel, null, null, null, null, null, null, null,
                null, null, null, SlaState.ON_TRACK, SlaState.ON_TRACK, now, now, 0, request.category(), false));
    long id = saved.id();
    String number = Ticket.numberFor(id);
    tickets.assignNumber(id, number);
    conversation.add(
        id, AuthorType.CUSTOMER, customer.name(), MessageKind.DESCRIPTION, saved.description(),
        "ticket:" + id + ":description");
    timeline.record(
        id,
        TimelineEventType.TICKET_RECEIVED,
        "%s ticket via %s from %s (%s plan)"
            .formatted(request.priority().name().toLowerCase(Locale.ROOT), channel, email, customer.plan().label()),
        customer.name(),
        "ticket:" + id + ":received");
    long processInstanceKey =
        workflow.start(
            new TicketWorkflow.StartVariables(
                id,
                number,
                customer.plan().name(),
                request.priority().name(),
                false,
                properties.reminderAfter().toString(),
                properties.autoCloseAfter().toString(),
                properties.autoConfirmAfter().toString(),
                request.category().name()));
    tickets.linkProcessInstance(id, processInstanceKey);
    return new OpenedTicket(id, number, links.linkFor(number));
  }
}
