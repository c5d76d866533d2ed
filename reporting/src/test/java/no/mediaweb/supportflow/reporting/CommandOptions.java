package no.mediaweb.supportflow.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name=value} arguments of a command; an unknown name is an error, not a silent default. */
public final class CommandOptions {

  private final Map<String, String> values = new HashMap<>();

  private CommandOptions() {}

  public static CommandOptions parse(String[] args, Set<String> known) {
    CommandOptions options = new CommandOptions();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      String name = arg.substring(2, arg.indexOf('='));
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name + "; known: " + known);
      }
      options.values.put(name, arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }

  public String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public int intValue(String name, int fallback) {
    String value = values.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got " + value);
    }
  }
}
