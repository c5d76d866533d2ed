package no.mediaweb.supportflow.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP (on when {@code supportflow.mail.inbound.host} is set): every
 * unread message is handled once by its Message-ID and then marked read. A message that fails is
 * left unread and tried again at the next poll, up to {@code inbound.max-attempts} times; then it is
 * recorded as failed and marked read.
 */
@Component
@ConditionalOnProperty("supportflow.mail.inbound.host")
public class InboundMailPoller {

  private static final Logger LOG = LoggerFactory.getLogger(InboundMailPoller.class);
  private static final int MAX_MESSAGE_ID = 250;

  private final InboundMailHandler handler;
  private final InboundMailLog log;
  private final MailProperties.Inbound settings;

  InboundMailPoller(InboundMailHandler handler, InboundMailLog log, MailProperties properties) {
    this.handler = handler;
    this.log = log;
    this.settings = properties.inbound();
  }

  @Scheduled(
      fixedDelayString = "${supportflow.mail.inbound.poll-interval:1m}",
      initialDelayString = "${supportflow.mail.inbound.poll-interval:1m}")
  public void pollScheduled() {
    try {
      poll();
    } catch (MessagingException | RuntimeException e) {
      LOG.warn("Reading the support mailbox failed; trying again at the next poll: {}", e.getMessage());
    }
  }

  /** Reads and handles the unread mails; returns how many were handled. One poll at a time per instance. */
  public synchronized int poll() throws MessagingException {
    Properties session = new Properties();
    session.put("mail." + settings.protocol() + ".connectiontimeout", "10000");
    session.put("mail." + settings.protocol() + ".timeout", "30000");
    int handled = 0;
    try (Store store = Session.getInstance(session).getStore(settings.protocol())) {
      store.connect(settings.host(), settings.port(), settings.username(), settings.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_WRITE);
      try {
        for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
          if (handleOne(message)) {
            handled++;
          }
        }
      } finally {
        folder.close(false);
      }
    }
    return handled;
  }

  private boolean handleOne(Message message) throws MessagingException {
    InboundMail mail;
    try {
      mail = read(message);
    } catch (IOException | MessagingException | RuntimeException e) {
      LOG.warn("An unreadable message in the support mailbox is left alone: {}", e.getMessage());
      message.setFlag(Flags.Flag.SEEN, true);
      return false;
    }
    log.seen(mail);
    try {
      boolean done = handler.handle(mail).isPresent();
      message.setFlag(Flags.Flag.SEEN, true);
      return done;
    } catch (RuntimeException e) {
      boolean givenUp = log.failed(mail.messageId(), e.getClass().getSimpleName() + ": " + e.getMessage(), settings.maxAttempts());
      LOG.warn("Handling mail {} from {} failed{}: {}", mail.messageId(), mail.sender(), givenUp ? " for the last time" : "", e.getMessage());
      message.setFlag(Flags.Flag.SEEN, givenUp);
      return false;
    }
  }

  static InboundMail read(Message message) throws MessagingException, IOException {
    Address[] from = message.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress sender)) {
      throw new MessagingException("The message has no sender address");
    }
    String address = sender.getAddress().strip().toLowerCase(Locale.ROOT);
    String messageId = message instanceof MimeMessage mime ? mime.getMessageID() : null;
    if (messageId == null || messageId.isBlank()) {
      // no Message-ID: the sender, subject and date identify it across polls
      messageId = "<no-id-" + InboundMailHandler.hash(address + "|" + message.getSubject() + "|" + message.getSentDate()) + ">";
    } else if (messageId.length() > MAX_MESSAGE_ID) {
      messageId = "<long-id-" + InboundMailHandler.hash(messageId) + ">";
    }
    String[] autoSubmitted = message.getHeader("Auto-Submitted");
    boolean automatic =
        (autoSubmitted != null && autoSubmitted.length > 0 && !autoSubmitted[0].strip().equalsIgnoreCase("no"))
            || address.startsWith("mailer-daemon@") || address.startsWith("postmaster@");
    String text = textOf(message);
    return new InboundMail(messageId.strip(), address, message.getSubject(), text == null ? "" : text, automatic);
  }

  /** The plain-text part, or the HTML part reduced to text when there is none. */
  private static String textOf(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          continue;
        }
        if (child.isMimeType("text/html")) {
          html = html == null ? htmlToText((String) child.getContent()) : html;
          continue;
        }
        String text = textOf(child);
        if (text != null) {
          return text;
        }
      }
      return html;
    }
    if (part.isMimeType("text/html")) {
      return htmlToText((String) part.getContent());
    }
    return null;
  }

  private static String htmlToText(String html) {
    return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
        .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
        .replaceAll("<[^>]+>", "")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .strip();
  }
}
