package no.mediaweb.supportflow.ticket;

import java.util.List;
import no.mediaweb.supportflow.attachment.Attachment;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.timeline.TimelineEvent;

/** Everything staff see on the ticket view. */
public record TicketDetails(
    Ticket ticket,
    Customer customer,
    List<ConversationMessage> messages,
    List<TimelineEvent> timeline,
    TechnicalDetails technicalDetails,
    List<Attachment> attachments) {}
