package no.mediaweb.supportflow.testing;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

/** Zeebe Process Test's in-memory engine, serving gRPC on a loopback port like a real gateway. */
public final class EmbeddedZeebe {

  private final ZeebeTestEngine engine;
  private final int port;

  private EmbeddedZeebe(ZeebeTestEngine engine, int port) {
    this.engine = engine;
    this.port = port;
  }

  public static EmbeddedZeebe start(int port) {
    ZeebeTestEngine engine = EngineFactory.create(port);
    engine.start();
    return new EmbeddedZeebe(engine, port);
  }

  public static EmbeddedZeebe startOnFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      int port = socket.getLocalPort();
      socket.close();
      return start(port);
    } catch (IOException e) {
      throw new IllegalStateException("No free port for the embedded Zeebe engine", e);
    }
  }

  public String grpcAddress() {
    return "http://127.0.0.1:" + port;
  }

  public ZeebeTestEngine engine() {
    return engine;
  }

  /** Moves the engine's clock; timers due by then fire. */
  public void increaseTime(Duration duration) {
    engine.increaseTime(duration);
  }

  public void stop() {
    engine.stop();
  }
}
