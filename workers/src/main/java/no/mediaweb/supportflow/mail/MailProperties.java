package no.mediaweb.supportflow.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code supportflow.mail.*}: the support address customers write to and mails come from, how the
 * outbox is sent, and the IMAP mailbox that is polled (off unless {@code inbound.host} is set).
 */
@ConfigurationProperties("supportflow.mail")
public record MailProperties(
    @DefaultValue("support@mediaweb.no") String supportAddress,
    @DefaultValue("Mediaweb Support") String supportName,
    @DefaultValue("10s") Duration dispatchInterval,
    @DefaultValue("20") int batchSize,
    @DefaultValue("5") int maxAttempts,
    @DefaultValue("1m") Duration retryBackoff,
    @DefaultValue("10m") Duration sendLease,
    @DefaultValue Inbound inbound) {

  /** The mailbox of the support address. */
  public record Inbound(
      String host,
      @DefaultValue("993") int port,
      @DefaultValue("imaps") String protocol,
      String username,
      String password,
      @DefaultValue("INBOX") String folder,
      @DefaultValue("1m") Duration pollInterval,
      @DefaultValue("3") int maxAttempts) {

    public boolean enabled() {
      return host != null && !host.isBlank();
    }
  }

  /** The domain of the support address, used in the Message-IDs of outgoing mails. */
  public String domain() {
    int at = supportAddress.lastIndexOf('@');
    return at < 0 ? "supportflow.local" : supportAddress.substring(at + 1);
  }
}
