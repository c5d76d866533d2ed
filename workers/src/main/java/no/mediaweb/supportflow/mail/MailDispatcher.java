package no.mediaweb.supportflow.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox over SMTP: claims due mails (several instances share the work; a claimed row is
 * skipped by the others), sends each with its fixed Message-ID and marks it sent; a failure is
 * tried again later and given up after {@code supportflow.mail.max-attempts}.
 *
 * <p>What this guarantees: a mail is never lost (it is stored with its event and stays due until
 * sent or given up), and a redelivered job or a second run never sends it again (one row per key,
 * only claimed rows are sent). The one window for a duplicate is a crash, or a lease running out,
 * after the SMTP server accepted the mail and before the row is marked sent; the mail is then sent
 * again with the same Message-ID, by which receiving mail systems and clients can drop the copy.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class MailDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);

  private final MailOutbox outbox;
  private final JavaMailSender sender;
  private final MailProperties properties;

  public MailDispatcher(MailOutbox outbox, JavaMailSender sender, MailProperties properties) {
    this.outbox = outbox;
    this.sender = sender;
    this.properties = properties;
  }

  @Scheduled(
      fixedDelayString = "${supportflow.mail.dispatch-interval:10s}",
      initialDelayString = "${supportflow.mail.dispatch-interval:10s}")
  public void dispatchScheduled() {
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      LOG.warn("Sending the outbox failed; trying again at the next run", e);
    }
  }

  /** Sends the mails due now; returns how many were sent. */
  public int dispatchDue() {
    int sent = 0;
    List<OutgoingMail> claimed;
    do {
      claimed = outbox.claimDue(properties.batchSize());
      for (OutgoingMail mail : claimed) {
        if (send(mail)) {
          sent++;
        }
      }
    } while (claimed.size() == properties.batchSize());
    return sent;
  }

  private boolean send(OutgoingMail mail) {
    try {
      sender.send(toMessage(mail));
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      LOG.warn("Sending mail {} to {} failed (attempt {}): {}", mail.id(), mail.recipientEmail(), mail.attempts(), e.getMessage());
      outbox.markAttemptFailed(mail, e.getClass().getSimpleName() + ": " + e.getMessage());
      return false;
    }
    outbox.markSent(mail.id());
    return true;
  }

  private MimeMessage toMessage(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.supportAddress(), properties.supportName(), StandardCharsets.UTF_8.name()));
    helper.setReplyTo(properties.supportAddress());
    helper.setTo(
        mail.recipientName() == null
            ? new InternetAddress(mail.recipientEmail())
            : new InternetAddress(mail.recipientEmail(), mail.recipientName(), StandardCharsets.UTF_8.name()));
    helper.setSubject(mail.subject());
    helper.setText(mail.textBody(), mail.htmlBody());
    // JavaMailSenderImpl keeps a Message-ID set before sending
    message.setHeader("Message-ID", mail.messageId());
    return message;
  }
}
