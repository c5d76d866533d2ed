package no.mediaweb.supportflow.reporting;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import no.mediaweb.supportflow.testing.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of the generator and benchmark commands: an external MySQL given by {@code --url}
 * (with {@code --user} and {@code --password}), or an embedded MariaDB whose data stays in {@code
 * target/metrics-db} between runs, so the benchmark finds what the generator wrote. Migrated with
 * Flyway either way.
 */
public final class CommandDatabase implements AutoCloseable {

  public static final Path EMBEDDED_DIR = Path.of("target", "metrics-db");

  private final EmbeddedMariaDb embedded;
  private final HikariDataSource dataSource;
  private final String description;

  private CommandDatabase(EmbeddedMariaDb embedded, HikariDataSource dataSource, String description) {
    this.embedded = embedded;
    this.dataSource = dataSource;
    this.description = description;
  }

  /** {@code fresh}: an embedded database starts empty instead of with the previous run's data. */
  public static CommandDatabase open(CommandOptions options, boolean fresh) {
    quietLogging();
    EmbeddedMariaDb embedded = null;
    String url = options.value("url", null);
    String user = options.value("user", "root");
    String password = options.value("password", "");
    String description;
    if (url == null) {
      if (fresh) {
        EmbeddedMariaDb.start(EMBEDDED_DIR.toAbsolutePath()).stop();
      }
      // a million tickets do not fit MariaDB's default 128 MB buffer pool; MySQL in production is sized too
      embedded = EmbeddedMariaDb.startKeepingData(EMBEDDED_DIR.toAbsolutePath(), "--innodb-buffer-pool-size=2G");
      url = embedded.jdbcUrl();
      user = embedded.username();
      description = "embedded MariaDB 11.4, data in " + EMBEDDED_DIR;
    } else {
      description = url.replaceAll("password=[^&]*", "password=…");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true");
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new CommandDatabase(embedded, dataSource, description);
  }

  /** The command prints its own progress and report; the libraries' INFO lines would bury them. */
  private static void quietLogging() {
    if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(Level.WARN);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public String description() {
    return description;
  }

  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      embedded.stop();
    }
  }
}
