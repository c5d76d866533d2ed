package no.mediaweb.supportflow.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real SMTP and IMAP server (GreenMail) on free local ports. The application sends its mails to
 * it over SMTP; every recipient gets a mailbox, and the support address's mailbox is read over IMAP.
 */
public final class EmbeddedMail {

  public static final String SUPPORT_ADDRESS = "support@mediaweb.test";
  public static final String SUPPORT_PASSWORD = "support-mailbox";

  private final GreenMail server;

  private EmbeddedMail(GreenMail server) {
    this.server = server;
  }

  /** Starts SMTP and IMAP on {@code host} (ports picked by the system) with the support mailbox. */
  public static EmbeddedMail start(String host) {
    GreenMail server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, host, ServerSetup.PROTOCOL_SMTP).dynamicPort(),
              new ServerSetup(0, host, ServerSetup.PROTOCOL_IMAP).dynamicPort()
            });
    server.start();
    server.setUser(SUPPORT_ADDRESS, SUPPORT_ADDRESS, SUPPORT_PASSWORD);
    return new EmbeddedMail(server);
  }

  public GreenMail server() {
    return server;
  }

  public String host() {
    return server.getSmtp().getBindTo();
  }

  public int smtpPort() {
    return server.getSmtp().getPort();
  }

  public int imapPort() {
    return server.getImap().getPort();
  }

  public void stop() {
    server.stop();
  }

  /**
   * Spring properties that send the application's mail through this server and poll the support
   * mailbox every {@code pollInterval} (tests poll by hand and pass a long one).
   */
  public Map<String, Object> properties(String dispatchInterval, String pollInterval) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.mail.host", host());
    properties.put("spring.mail.port", smtpPort());
    properties.put("supportflow.mail.support-address", SUPPORT_ADDRESS);
    properties.put("supportflow.mail.dispatch-interval", dispatchInterval);
    properties.put("supportflow.mail.inbound.host", host());
    properties.put("supportflow.mail.inbound.port", imapPort());
    properties.put("supportflow.mail.inbound.protocol", "imap");
    properties.put("supportflow.mail.inbound.username", SUPPORT_ADDRESS);
    properties.put("supportflow.mail.inbound.password", SUPPORT_PASSWORD);
    properties.put("supportflow.mail.inbound.poll-interval", pollInterval);
    return properties;
  }
}
