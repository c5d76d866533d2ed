package no.mediaweb.supportflow.common;

import java.sql.Timestamp;
import java.time.Instant;

/** Conversions between {@link Instant} and the UTC {@code DATETIME(6)} columns. */
public final class Instants {

  public static Timestamp toTimestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  public static Instant fromTimestamp(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private Instants() {}
}
