package no.mediaweb.supportflow.ticket;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.mediaweb.supportflow.attachment.Attachments;
import no.mediaweb.supportflow.attachment.StoredFile;
import no.mediaweb.supportflow.common.BusinessRuleException;
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
  private final TicketIntakeKeys intakeKeys;
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
      TicketIntakeKeys intakeKeys,
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
    this.intakeKeys = intakeKeys;
    this.clock = clock;
  }

  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel) {
    return open(request, channel, List.of());
  }

  /** Opens the ticket with files already checked and stored; they are deleted if the ticket is not created. */
  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel, List<StoredFile> files) {
    return open(request, channel, files, null);
  }

  /**
   * As above; a request with an {@code idempotencyKey} this customer has used before opens nothing
   * and answers with the ticket the first one opened.
   */
  @Transactional
  public OpenedTicket open(@Valid NewTicket request, Channel channel, List<StoredFile> files, String idempotencyKey) {
    attachments.deleteOnRollback(files);
    String email = request.accountEmail().trim().toLowerCase(Locale.ROOT);
    Customer customer =
        customers.findByAccountEmail(email).orElseThrow(() -> new UnknownAccountException(email));
    Priority priority = request.priority().allowedFor(customer.plan());
    String notice = priority == request.priority() ? null : Priority.STARTER_CRITICAL_NOTICE;
    Instant now = clock.instant();
    if (idempotencyKey != null && !intakeKeys.claim(customer.id(), idempotencyKey, now)) {
      attachments.discard(files);
      Ticket earlier =
          intakeKeys.ticketFor(customer.id(), idempotencyKey).flatMap(tickets::findById)
              .orElseThrow(() -> new BusinessRuleException("A request with this Idempotency-Key is still being processed"));
      return new OpenedTicket(earlier.id(), earlier.number(), links.linkFor(earlier.number()), earlier.priority(), notice);
    }
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
    if (idempotencyKey != null) {
      intakeKeys.link(customer.id(), idempotencyKey, id);
    }
    return new OpenedTicket(id, number, links.linkFor(number), priority, notice);
  }
}
