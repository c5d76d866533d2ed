package no.mediaweb.supportflow.qa;

import java.time.Instant;

/** One recorded draw: the period it covered and the seed that makes it reproducible. */
public record SampleRun(
    long id, String runKey, Instant periodFrom, Instant periodTo, long seed, double sampleRate, int minPerAgent,
    Instant drawnAt) {}
