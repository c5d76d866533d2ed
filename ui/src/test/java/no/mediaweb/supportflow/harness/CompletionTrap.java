package no.mediaweb.supportflow.harness;

import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.ForwardingClientCallListener.SimpleForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * In the crash-safety application: a gRPC interceptor on the Camunda client's channel that, once
 * armed, stops the next matching job completion and prints {@code AT-COMPLETION} for the driver,
 * which kills the process there. {@link Moment#WORKER} stops a {@code @JobWorker}'s completion
 * before it leaves the process (the worker's transaction has committed); {@link Moment#INBOX} stops
 * an agent's completion (a simulated person's click) after the engine has accepted it (the inbox
 * transaction has not committed).
 */
final class CompletionTrap implements ClientInterceptor {

  static final String PEOPLE_THREAD_PREFIX = "crash-people-";
  static final String LINE_PREFIX = "AT-COMPLETION";
  /** The Camunda client's package that runs {@code @JobWorker} methods and sends their completions. */
  private static final String JOB_HANDLING = "io.camunda.client.jobhandling.";

  enum Moment {
    /** A job worker has committed its work and is about to complete the job. */
    WORKER,
    /** The engine has completed an agent's task; the inbox has not committed the answer yet. */
    INBOX
  }

  private final AtomicReference<Moment> armed = new AtomicReference<>();
  private final PrintStream out;
  private final CountDownLatch never = new CountDownLatch(1);

  CompletionTrap(PrintStream out) {
    this.out = out;
  }

  void arm(Moment moment) {
    armed.set(moment);
  }

  @Override
  public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
    ClientCall<Q, A> call = next.newCall(method, options);
    if (!"CompleteJob".equals(method.getBareMethodName())) {
      return call;
    }
    boolean byPeople = Thread.currentThread().getName().startsWith(PEOPLE_THREAD_PREFIX);
    boolean byJobWorker = !byPeople && StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().startsWith(JOB_HANDLING)));
    return new SimpleForwardingClientCall<>(call) {
      private long jobKey;

      @Override
      public void start(Listener<A> listener, Metadata headers) {
        super.start(new SimpleForwardingClientCallListener<>(listener) {
          @Override
          public void onClose(Status status, Metadata trailers) {
            if (status.isOk() && byPeople && armed.compareAndSet(Moment.INBOX, null)) {
              hold(Moment.INBOX, jobKey);
            }
            super.onClose(status, trailers);
          }
        }, headers);
      }

      @Override
      public void sendMessage(Q message) {
        if (message instanceof CompleteJobRequest request) {
          jobKey = request.getJobKey();
        }
        if (byJobWorker && armed.compareAndSet(Moment.WORKER, null)) {
          hold(Moment.WORKER, jobKey);
        }
        super.sendMessage(message);
      }
    };
  }

  /** Tells the driver and waits for the SIGKILL. */
  private void hold(Moment moment, long jobKey) {
    synchronized (out) {
      out.println("%s %s %d %s".formatted(LINE_PREFIX, moment, jobKey, Thread.currentThread().getName()));
      out.flush();
    }
    try {
      never.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
