package no.mediaweb.supportflow.harness;

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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The production application (no demo data, no local-run profile) on a fresh embedded engine, a
 * fresh embedded MariaDB under {@code workDir} and a GreenMail server, on a random HTTP port.
 */
record HarnessApplication(ConfigurableApplicationContext context, EmbeddedZeebe zeebe, EmbeddedMariaDb database, EmbeddedMail mail)
    implements AutoCloseable {

  static HarnessApplication start(Path workDir, Map<String, Object> extraProperties) {
    EmbeddedZeebe zeebe = EmbeddedZeebe.startOnFreePort();
    EmbeddedMariaDb database = EmbeddedMariaDb.start(workDir.resolve("mariadb"));
    EmbeddedMail mail = EmbeddedMail.start("127.0.0.1");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.putAll(EmbeddedServices.databaseProperties(database));
    properties.putAll(EmbeddedServices.engineProperties(zeebe));
    properties.putAll(mail.properties("1s", "1h"));
    properties.put("server.port", 0);
    properties.put("supportflow.links.secret", randomSecret());
    properties.put("supportflow.attachments.dir", workDir.resolve("attachments").toString());
    properties.put("spring.main.banner-mode", "off");
    // logging starts before the context's property sources exist: quiet it through system properties
    System.setProperty("logging.level.root", "WARN");
    properties.putAll(extraProperties);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SupportflowApplication.class)
            .initializers(c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("harness", properties)))
            .run();
    return new HarnessApplication(context, zeebe, database, mail);
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  @Override
  public void close() {
    context.close();
    mail.stop();
    database.stop();
    zeebe.stop();
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
