package no.mediaweb.supportflow.harness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name=value} command-line options with defaults; an unknown or malformed option is an error. */
record HarnessOptions(Map<String, String> values) {

  /** A command's work: true when it met its goals. */
  @FunctionalInterface
  interface Command {
    boolean run(HarnessOptions options) throws Exception;
  }

  /**
   * Parses the options, runs the command and exits the JVM (the embedded engine keeps a non-daemon
   * timer thread): 0 when the goals were met, 1 when not, 2 on bad options or a crash.
   */
  static void runAndExit(String name, String[] args, Map<String, String> defaults, Command command) {
    int exit;
    try {
      exit = command.run(parse(args, defaults)) ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println(name + ": " + e.getMessage());
      exit = 2;
    } catch (Throwable failure) {
      failure.printStackTrace();
      exit = 2;
    }
    System.exit(exit);
  }

  static HarnessOptions parse(String[] args, Map<String, String> defaults) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    Set<String> known = defaults.keySet();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 3) {
        throw new IllegalArgumentException("Options look like --name=value: " + arg);
      }
      String name = arg.substring(2, equals);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name + "; known: " + String.join(", ", known));
      }
      values.put(name, arg.substring(equals + 1));
    }
    return new HarnessOptions(Map.copyOf(values));
  }

  String text(String name) {
    return values.get(name);
  }

  int positiveInt(String name) {
    int value;
    try {
      value = Integer.parseInt(values.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number: " + values.get(name));
    }
    if (value < 1) {
      throw new IllegalArgumentException("--" + name + " must be at least 1: " + value);
    }
    return value;
  }

  long number(String name) {
    try {
      return Long.parseLong(values.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number: " + values.get(name));
    }
  }

  double fraction(String name) {
    double value;
    try {
      value = Double.parseDouble(values.get(name));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a number: " + values.get(name));
    }
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("--" + name + " must lie between 0 and 1: " + value);
    }
    return value;
  }
}
