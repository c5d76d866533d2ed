package no.mediaweb.supportflow.qa;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.List;
import no.mediaweb.supportflow.processes.QaSamplingProcess;
import no.mediaweb.supportflow.processes.QaSamplingProcess.JobTypes;
import org.springframework.stereotype.Component;

@Component
public class DrawSampleWorker {

  /** What the draw adds to the process: the tickets to review, one task each. */
  public record DrawnSample(List<Long> sampledTicketIds) {}

  private final QaSampling sampling;

  DrawSampleWorker(QaSampling sampling) {
    this.sampling = sampling;
  }

  @JobWorker(type = JobTypes.DRAW_SAMPLE, fetchVariables = {})
  public DrawnSample draw(ActivatedJob job) {
    return new DrawnSample(sampling.draw(runKey(job)));
  }

  /** One run per timer firing: the process instance the timer started. */
  static String runKey(ActivatedJob job) {
    return QaSamplingProcess.PROCESS_ID + ":" + job.getProcessInstanceKey();
  }
}
