package no.mediaweb.supportflow.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mediaweb.supportflow.customer.Customer;
import no.mediaweb.supportflow.customer.CustomerRepository;
import no.mediaweb.supportflow.ticket.Category;
import no.mediaweb.supportflow.ticket.Channel;
import no.mediaweb.supportflow.ticket.CustomerReplies;
import no.mediaweb.supportflow.ticket.NewTicket;
import no.mediaweb.supportflow.ticket.OpenedTicket;
import no.mediaweb.supportflow.ticket.Priority;
import no.mediaweb.supportflow.ticket.Ticket;
import no.mediaweb.supportflow.ticket.TicketIntakeService;
import no.mediaweb.supportflow.ticket.TicketRepository;
import no.mediaweb.supportflow.ticket.TicketStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handles one inbound e-mail in one transaction: a reply whose subject names a ticket of the
 * sender threads into it as the customer's reply; any other mail from a customer's account address
 * opens an e-mail ticket; a mail from an unknown address gets one polite answer and no ticket. The
 * Message-ID makes it happen once.
 */
@Service
public class InboundMailHandler {

  private static final Pattern TICKET_NUMBER = Pattern.compile("\\[(MW-\\d{6,})]");
  private static final Pattern REPLY_PREFIXES = Pattern.compile("^\\s*((re|fw|fwd|aw|sv|rv|res)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  private static final int MAX_SUBJECT = 200;
  private static final int MAX_DESCRIPTION = 20000;

  private final InboundMailLog log;
  private final CustomerRepository customers;
  private final TicketRepository tickets;
  private final TicketIntakeService intake;
  private final CustomerReplies replies;
  private final MailRenderer renderer;
  private final MailOutbox outbox;
  private final MailProperties properties;

  InboundMailHandler(
      InboundMailLog log, CustomerRepository customers, TicketRepository tickets, TicketIntakeService intake,
      CustomerReplies replies, MailRenderer renderer, MailOutbox outbox, MailProperties properties) {
    this.log = log;
    this.customers = customers;
    this.tickets = tickets;
    this.intake = intake;
    this.replies = replies;
    this.renderer = renderer;
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Handles the mail unless it was handled before; empty when there was nothing left to do. */
  @Transactional
  public Optional<InboundOutcome> handle(InboundMail mail) {
    if (log.lockPending(mail.messageId()).isEmpty()) {
      return Optional.empty();
    }
    if (mail.automatic() || mail.sender().equalsIgnoreCase(properties.supportAddress())) {
      log.processed(mail.messageId(), InboundOutcome.IGNORED, null);
      return Optional.of(InboundOutcome.IGNORED);
    }
    Optional<Customer> customer = customers.findByAccountEmail(mail.sender());
    if (customer.isEmpty()) {
      answerUnknownSender(mail);
      log.processed(mail.messageId(), InboundOutcome.UNKNOWN_SENDER, null);
      return Optional.of(InboundOutcome.UNKNOWN_SENDER);
    }
    Optional<Ticket> thread = ticketOfSender(mail.subject(), customer.get());
    if (thread.isPresent()) {
      replies.reply(thread.get(), replyText(mail), "mail:" + hash(mail.messageId()));
      log.processed(mail.messageId(), InboundOutcome.REPLY_ADDED, thread.get().id());
      return Optional.of(InboundOutcome.REPLY_ADDED);
    }
    OpenedTicket opened =
        intake.open(
            new NewTicket(
                customer.get().accountEmail(), ticketSubject(mail.subject()), description(mail), Priority.NORMAL,
                Category.OTHER),
            Channel.EMAIL);
    log.processed(mail.messageId(), InboundOutcome.TICKET_CREATED, opened.id());
    return Optional.of(InboundOutcome.TICKET_CREATED);
  }

  /** The open ticket the subject names, if the sender is its customer. */
  private Optional<Ticket> ticketOfSender(String subject, Customer customer) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher number = TICKET_NUMBER.matcher(subject);
    if (!number.find()) {
      return Optional.empty();
    }
    return tickets.findByNumber(number.group(1))
        .filter(ticket -> ticket.customerId().equals(customer.id()))
        .filter(ticket -> ticket.status() != TicketStatus.CLOSED);
  }

  private static String replyText(InboundMail mail) {
    String text = QuotedText.newPart(mail.text());
    text = text.isBlank() ? "(empty e-mail reply)" : text;
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
  }

  private static String ticketSubject(String subject) {
    String plain = subject == null ? "" : REPLY_PREFIXES.matcher(subject.strip()).replaceFirst("").strip();
    if (plain.length() < 5) {
      plain = ("E-mail " + plain).strip();
      plain = plain.length() < 5 ? "E-mail without subject" : plain;
    }
    return plain.length() <= MAX_SUBJECT ? plain : plain.substring(0, MAX_SUBJECT);
  }

  private static String description(InboundMail mail) {
    String text = QuotedText.newPart(mail.text());
    if (text.isBlank()) {
      text = mail.subject() == null || mail.subject().isBlank() ? "(empty e-mail)" : mail.subject().strip();
    }
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
  }

  private void answerUnknownSender(InboundMail mail) {
    String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject().strip();
    RenderedMail answer =
        renderer.render(
            new MailRenderer.Content(
                MailTemplate.UNKNOWN_SENDER, "en", null, Map.of("subject", subject, "email", mail.sender()), null, null));
    outbox.enqueue(
        new MailOutbox.Draft(
            "inbound:" + hash(mail.messageId()) + ":unknown-sender", null, mail.sender(), null, "en",
            MailTemplate.UNKNOWN_SENDER, answer));
  }

  static String hash(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
