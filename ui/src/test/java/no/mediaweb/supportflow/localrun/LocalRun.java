package no.mediaweb.supportflow.localrun;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import no.mediaweb.supportflow.SupportflowApplication;
import no.mediaweb.supportflow.testing.EmbeddedMail;
import no.mediaweb.supportflow.testing.EmbeddedMariaDb;
import no.mediaweb.supportflow.testing.EmbeddedServices;
import no.mediaweb.supportflow.testing.EmbeddedZeebe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts Supportflow on embedded defaults: Zeebe Process Test's engine in this JVM (port 26500) and
 * a fresh MariaDB server, or the MySQL database named by {@code SUPPORTFLOW_DB_URL}, and a GreenMail
 * SMTP/IMAP server on free ports for the mails. The engine keeps
 * its state in memory, so every start begins anew.
 */
public final class LocalRun {

  private static final Logger LOG = LoggerFactory.getLogger(LocalRun.class);

  public static void main(String[] args) {
    try {
      start(args);
    } catch (Throwable failure) {
      LOG.error("Supportflow local run failed to start: {}", failure.getMessage(), failure);
      // the embedded engine keeps a non-daemon timer thread: leave explicitly
      System.exit(1);
    }
  }

  private static void start(String[] args) {
    int zeebePort = Integer.parseInt(env("SUPPORTFLOW_ZEEBE_PORT", "26500"));
    EmbeddedZeebe zeebe = EmbeddedZeebe.start(zeebePort);
    Map<String, Object> properties = new LinkedHashMap<>();
    String externalDb = System.getenv("SUPPORTFLOW_DB_URL");
    if (externalDb == null || externalDb.isBlank()) {
      EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "local-run", "mariadb").toAbsolutePath());
      Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "local-run-mariadb-stop"));
      properties.putAll(EmbeddedServices.databaseProperties(db));
    } else {
      properties.put("spring.datasource.url", externalDb);
      properties.put("spring.datasource.username", env("SUPPORTFLOW_DB_USER", "supportflow"));
      properties.put("spring.datasource.password", env("SUPPORTFLOW_DB_PASSWORD", ""));
    }
    properties.putAll(EmbeddedServices.engineProperties(zeebe));
    // a real SMTP and IMAP server: mails are sent over SMTP, and mails to the support address become tickets
    EmbeddedMail mail = EmbeddedMail.start("127.0.0.1");
    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "local-run-mail-stop"));
    properties.putAll(mail.properties("2s", "10s"));
    properties.put("supportflow.links.secret", env("SUPPORTFLOW_LINKS_SECRET", randomSecret()));
    // a resolved ticket's survey goes out after two minutes instead of a day (time travel moves the rest)
    properties.put("supportflow.survey.delay", env("SUPPORTFLOW_SURVEY_DELAY", "PT2M"));

    SpringApplication application = new SpringApplication(SupportflowApplication.class, LocalRunConfiguration.class);
    application.setAdditionalProfiles(LocalRunConfiguration.PROFILE);
    application.addInitializers(
        context -> {
          context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("local-run", properties));
          context.getBeanFactory().registerSingleton("embeddedZeebe", zeebe);
        });
    application.run(args);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private LocalRun() {}
}
