package no.mediaweb.supportflow.ticket;

import jakarta.validation.constraints.Size;
import java.util.stream.Stream;

/**
 * The technical details the support page asks for: where the problem shows (system, browser,
 * device, connection), when it started, what the customer was doing and the exact error messages.
 * Every field is optional; steps already tried and the impact belong to the description.
 */
public record TechnicalDetails(
    @Size(max = 100, message = "The operating system must be at most 100 characters long") String operatingSystem,
    @Size(max = 100, message = "The browser must be at most 100 characters long") String browser,
    DeviceType deviceType,
    ConnectionType connectionType,
    @Size(max = 100, message = "When the problem started must be at most 100 characters long") String problemStarted,
    @Size(max = 1000, message = "What you were trying to do must be at most 1000 characters long") String tryingToDo,
    @Size(max = 5000, message = "The error messages must be at most 5000 characters long") String errorMessages) {

  public static final TechnicalDetails NONE = new TechnicalDetails(null, null, null, null, null, null, null);

  public TechnicalDetails {
    operatingSystem = blankToNull(operatingSystem);
    browser = blankToNull(browser);
    problemStarted = blankToNull(problemStarted);
    tryingToDo = blankToNull(tryingToDo);
    errorMessages = blankToNull(errorMessages);
  }

  public boolean isEmpty() {
    return Stream.of(operatingSystem, browser, deviceType, connectionType, problemStarted, tryingToDo, errorMessages)
        .allMatch(v -> v == null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
