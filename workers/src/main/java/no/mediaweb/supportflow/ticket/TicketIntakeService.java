package no.mediaweb.supportflow.ticket;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.mediaweb.supportflow.attachment.Attachments;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.timeline.Timeline;
import no.mediaweb.supportflow.timeline.TimelineEventType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Opens tickets from every channel. The ticket, its first message, its timeline and its process
 * instance are created together: if the workflow engine refuses, nothing is stored (attached files
 * included). The priority is checked against the account's plan: see {@link Priority#allowedFor}.
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
  private final TicketTechnicalDetails technicalDetails;
  private final Attachments attachments;
  private final Clock clock;

  TicketIntakeService(
      CustomerRepository customers,
      TicketRepository tickets,
      Conversation conversation,
      Timeline timeline,
      TicketWorkflow workflow,
      TicketProperties properties,
      CustomerLinks links,
      TicketTechnicalDetails technicalDetails,
      Attachments attachments,
      Clock clock) {
    this.customers = customers;
    this.tickets = tickets;
    this.conversation = conversation;
    this.timeline = timeline;
    this.workflow = workflow;
    this.properties = properties;
    this.links = links;
    this.technicalDetails = technicalDetails;
    this.attachments = attachments;
    this.clock = clock;
  }

  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel) {
    return open(request, channel, List.of());
  }

  /** Opens the ticket with files already checked and stored; they are deleted if the ticket is not created. */
  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel, List<StoredFile> files) {
    attachments.deleteOnRollback(files);
    String email = request.accountEmail().trim().toLowerCase(Locale.ROOT);
    Customer customer =
        customers.findByAccountEmail(email).orElseThrow(() -> new UnknownAccountException(email));
    Priority priority = request.priority().allowedFor(customer.plan());
    String notice = priority == request.priority() ? null : Priority.STARTER_CRITICAL_NOTICE;
    Instant now = clock.instant();
    Ticket saved =
        tickets.save(
            new Ticket(
                null, null, customer.id(), request.subject().trim(), request.description().trim(),
                priority, TicketStatus.NEW, channel, null, null, null, null, null, null, null,
                null, null, null, SlaState.ON_TRACK, SlaState.ON_TRACK, now, now, 0, request.category(), false));
    long id = saved.id();
    String number = Ticket.numberFor(id);
    tickets.assignNumber(id, number);
    long descriptionId =
        conversation.add(
            id, AuthorType.CUSTOMER, customer.name(), MessageKind.DESCRIPTION, saved.description(),
            "ticket:" + id + ":description");
    technicalDetails.save(id, request.technicalDetails());
    attachments.link(id, descriptionId, files);
    timeline.record(
        id,
        TimelineEventType.TICKET_RECEIVED,
        "%s ticket via %s from %s (%s plan)%s"
            .formatted(
                priority.name().toLowerCase(Locale.ROOT), channel, email, customer.plan().label(),
                notice == null ? "" : "; asked for critical, filed as high: Critical is for Pro and Enterprise"),
        customer.name(),
        "ticket:" + id + ":received");
    long processInstanceKey =
        workflow.start(
            new TicketWorkflow.StartVariables(
                id,
                number,
                customer.plan().name(),
                priority.name(),
                false,
                properties.reminderAfter().toString(),
                properties.autoCloseAfter().toString(),
                properties.autoConfirmAfter().toString(),
                request.category().name(),
                now.toString()));
    tickets.linkProcessInstance(id, processInstanceKey);
    return new OpenedTicket(id, number, links.linkFor(number), priority, notice);
  }
}
