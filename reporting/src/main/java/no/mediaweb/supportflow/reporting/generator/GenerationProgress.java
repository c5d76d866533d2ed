package no.mediaweb.supportflow.reporting.generator;

/** Told after every committed batch, so a long run can show how far it is. */
@FunctionalInterface
public interface GenerationProgress {

  void written(long ticketsWritten, long ticketsPlanned);
}
