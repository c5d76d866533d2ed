package no.mediaweb.supportflow.harness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The driver's handle on one application process ({@link CrashSafetyApplication}) started as a
 * child JVM on the driver's classpath: its output goes to a log file, its {@code READY} and
 * {@code AT-COMPLETION} lines are watched for, and it is killed with SIGKILL.
 */
final class ApplicationProcess {

  private final Process process;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicReference<CompletableFuture<String>> trap = new AtomicReference<>(new CompletableFuture<>());
  private final AtomicReference<String> settings = new AtomicReference<>();
  private final OutputStream commands;

  private ApplicationProcess(Process process) {
    this.process = process;
    this.commands = process.getOutputStream();
  }

  static ApplicationProcess start(Map<String, String> properties, List<String> jvmOptions, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashSafetyApplication.class.getName());
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ApplicationProcess application = new ApplicationProcess(process);
    Thread.ofPlatform().daemon().name("application-output-" + process.pid()).start(() -> application.watch(log));
    return application;
  }

  private void watch(Path log) {
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(CrashSafetyApplication.SETTINGS)) {
          settings.set(line.substring(CrashSafetyApplication.SETTINGS.length()));
        } else if (line.equals(CrashSafetyApplication.READY)) {
          ready.countDown();
        } else if (line.startsWith(CompletionTrap.LINE_PREFIX)) {
          trap.get().complete(line);
        }
        out.write(line);
        out.newLine();
        out.flush();
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  long pid() {
    return process.pid();
  }

  /** The job timeouts the application reported at start-up. */
  Optional<String> settings() {
    return Optional.ofNullable(settings.get());
  }

  /** True when the application serves; false when it died or did not come up in time. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.await(1, TimeUnit.SECONDS)) {
        return true;
      }
      if (!process.isAlive()) {
        return false;
      }
    }
    return false;
  }

  /** Sets the trap; returns the {@code AT-COMPLETION} line once the application stands at it, or empty after the timeout. */
  Optional<String> armAndAwait(CompletionTrap.Moment moment, Duration timeout) throws IOException, InterruptedException {
    CompletableFuture<String> next = new CompletableFuture<>();
    trap.set(next);
    synchronized (commands) {
      commands.write((CrashSafetyApplication.ARM + moment.name() + "\n").getBytes(StandardCharsets.UTF_8));
      commands.flush();
    }
    try {
      return Optional.of(next.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** SIGKILL, and wait until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Closing its stdin tells the application to shut down; killed if it does not within a minute. */
  void stop() throws InterruptedException {
    try {
      commands.close();
    } catch (IOException e) {
      // already gone
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }
}
