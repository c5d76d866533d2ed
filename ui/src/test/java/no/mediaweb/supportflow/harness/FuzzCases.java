package no.mediaweb.supportflow.harness;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded bad input for the REST intake, the ticket API behind the customer's link and the link
 * pages themselves. Each case says what a correct server does with it: refuse it with a 4xx and
 * write nothing, answer without a 5xx (odd but valid text), or show a page that refuses the link.
 */
public final class FuzzCases {

  /** What a correct server does with a case. */
  public enum Expect {
    /** A 4xx answer and nothing written. */
    REJECTED,
    /** Odd but valid input: a 2xx or a 4xx, never a 5xx. */
    NO_SERVER_ERROR,
    /** A link page: no 5xx, and the page says the link is not valid. */
    PAGE_REFUSES
  }

  public record FuzzCase(int id, String kind, String method, String path, Map<String, String> headers, String contentType,
      String body, Expect expect, String description) {}

  /** The real things the cases tamper with: an account, two tickets with their tokens, a survey link. */
  public record Targets(String accountEmail, String ticketNumber, String ticketToken, String otherNumber, String otherToken,
      String surveyToken) {}

  public static final String TOKEN_HEADER = "X-Ticket-Token";
  static final int MAX_JSON_BYTES = 64 * 1024;

  static final String[] HOSTILE_TEXT = {
    "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
    "'; DROP TABLE ticket; --", "javascript:alert(1)", "{{7*7}} ${7*7} #{7*7}", "%s%n%x%p"
  };
  static final String[] ODD_UNICODE = {
    "😀🔥💥 emoji everywhere", "e\u0301\u0301\u0301 combining marks", "\u202Eevil right-to-left override",
    "zero\u200Bwidth\u200Djoiner", "Ünïcödé ÆØÅ æøå ß", "日本語のチケット件名", "\uFEFFbyte order mark", "𝕱𝖗𝖆𝖐𝖙𝖚𝖗 letters"
  };
  static final String[] INVALID_EMAILS = {
    "not-an-email", "@example.com", "a@", "a b@example.com", "<a@example.com>", "a@@example.com",
    "x".repeat(250) + "@example.com", "a@example.com\u0000", "\"quoted\"@", ""
  };
  static final String[] BAD_PRIORITIES = {"\"URGENT\"", "\"low\"", "\"\"", "\"LOW \"", "0", "-1", "true", "[]", "{}", "null", "1e309"};
  static final String[] WRONG_TYPES = {"12345", "true", "[]", "{}", "[\"a\"]", "-0.5"};

  private final Random random;
  private final Targets targets;

  private FuzzCases(long seed, Targets targets) {
    this.random = new Random(seed);
    this.targets = targets;
  }

  /** {@code count} cases drawn from {@code seed}: the same seed and targets give the same cases. */
  public static List<FuzzCase> generate(long seed, int count, Targets targets) {
    FuzzCases cases = new FuzzCases(seed, targets);
    List<Function<Integer, FuzzCase>> kinds =
        List.of(cases::intakeDefect, cases::intakeDefect, cases::intakeDefect, cases::intakeOddText,
            cases::readWithBadToken, cases::messageWithBadToken, cases::messageDefect, cases::messageOddText,
            cases::ticketPage, cases::surveyPage);
    List<FuzzCase> generated = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      generated.add(kinds.get(i % kinds.size()).apply(i));
    }
    return generated;
  }

  // ---- intake ------------------------------------------------------------------------------

  private Map<String, String> validTicket() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("accountEmail", quote(targets.accountEmail()));
    fields.put("subject", quote("Contact form does not send e-mails"));
    fields.put("description", quote("Steps: open /contact and send the form. Expected: a mail. Actual: nothing."));
    fields.put("priority", quote(pick(new String[] {"LOW", "NORMAL", "HIGH"})));
    fields.put("category", quote(pick(new String[] {"HOW_TO", "BILLING", "OTHER", "PERFORMANCE"})));
    return fields;
  }

  FuzzCase intakeDefect(int id) {
    Map<String, String> fields = validTicket();
    if (random.nextBoolean()) {
      // hostile or odd text in a field the defect does not touch: refused all the same
      fields.put("description", quote(pick(random.nextBoolean() ? HOSTILE_TEXT : ODD_UNICODE)));
    }
    String contentType = "application/json";
    String description;
    String body;
    switch (random.nextInt(12)) {
      case 0 -> {
        String field = pick(new String[] {"accountEmail", "subject", "description", "priority"});
        fields.remove(field);
        description = "missing " + field;
      }
      case 1 -> {
        String field = pick(new String[] {"accountEmail", "subject", "description"});
        fields.put(field, pick(WRONG_TYPES));
        description = "wrong type for " + field;
      }
      case 2 -> {
        fields.put("priority", pick(BAD_PRIORITIES));
        description = "bad priority " + fields.get("priority");
      }
      case 3 -> {
        fields.put("category", pick(new String[] {"\"ASTEROID\"", "\"site_down\"", "7", "[]"}));
        description = "bad category " + fields.get("category");
      }
      case 4 -> {
        fields.put("accountEmail", quote(pick(INVALID_EMAILS)));
        description = "invalid e-mail";
      }
      case 5 -> {
        fields.put("accountEmail", quote("nobody-%d@unknown.example".formatted(id)));
        description = "unknown account";
      }
      case 6 -> {
        String subject = random.nextBoolean() ? "abc" : "s".repeat(201);
        fields.put("subject", quote(random.nextBoolean() ? subject : "   "));
        description = "subject too short, too long or blank";
      }
      case 7 -> {
        fields.put("description", quote("d".repeat(20_001)));
        description = "description over 20 000 characters";
      }
      case 8 -> {
        fields.put("description", quote("o".repeat(MAX_JSON_BYTES + 1 + random.nextInt(100_000))));
        description = "body over 64 KB";
      }
      case 9 -> {
        fields.put("technicalDetails", pick(new String[] {"\"Windows\"", "{\"deviceType\":\"TOASTER\"}",
            "{\"operatingSystem\":\"" + "w".repeat(101) + "\"}", "[1,2]"}));
        description = "bad technical details";
      }
      case 10 -> {
        contentType = pick(new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded"});
        description = "wrong content type " + contentType;
      }
      default -> {
        description = "malformed JSON";
        body = json(fields);
        body = pick(new String[] {body.substring(0, 1 + random.nextInt(body.length() - 1)), "[" + body + "]", "<ticket/>",
            body.replace(":", "="), "\"just a string\"", "null", ""});
        return new FuzzCase(id, "intake", "POST", "/api/v1/tickets", Map.of(), contentType, body, Expect.REJECTED, description);
      }
    }
    return new FuzzCase(id, "intake", "POST", "/api/v1/tickets", Map.of(), contentType, json(fields), Expect.REJECTED, description);
  }

  FuzzCase intakeOddText(int id) {
    Map<String, String> fields = validTicket();
    String text = pick(random.nextBoolean() ? HOSTILE_TEXT : ODD_UNICODE);
    String field = pick(new String[] {"subject", "description"});
    fields.put(field, quote(field.equals("subject") ? "Odd " + text : text));
    return new FuzzCase(id, "intake-odd", "POST", "/api/v1/tickets", Map.of(), "application/json", json(fields),
        Expect.NO_SERVER_ERROR, "odd text in " + field);
  }

  // ---- the ticket API behind the customer's link -----------------------------------------------

  FuzzCase readWithBadToken(int id) {
    BadAccess access = badAccess();
    return new FuzzCase(id, "read", "GET", "/api/v1/tickets/" + segment(access.number()), access.headers(), null, null,
        Expect.REJECTED, access.description());
  }

  FuzzCase messageWithBadToken(int id) {
    BadAccess access = badAccess();
    return new FuzzCase(id, "message-token", "POST", "/api/v1/tickets/" + segment(access.number()) + "/messages",
        access.headers(), "application/json", "{\"body\":" + quote("Hello from a tampered link") + "}", Expect.REJECTED,
        access.description());
  }

  FuzzCase messageDefect(int id) {
    String contentType = "application/json";
    String body;
    String description;
    switch (random.nextInt(6)) {
      case 0 -> {
        body = "{\"body\":" + quote(pick(new String[] {"", "   ", "\n\t"})) + "}";
        description = "blank message";
      }
      case 1 -> {
        body = "{\"body\":" + pick(WRONG_TYPES) + "}";
        description = "message of the wrong type";
      }
      case 2 -> {
        body = "{\"body\":" + quote("m".repeat(20_001)) + "}";
        description = "message over 20 000 characters";
      }
      case 3 -> {
        body = "{\"body\":" + quote("m".repeat(MAX_JSON_BYTES + 1)) + "}";
        description = "message body over 64 KB";
      }
      case 4 -> {
        body = pick(new String[] {"{\"body\":", "{}", "{\"text\":\"hello\"}", "[]", "not json"});
        description = "malformed or missing message";
      }
      default -> {
        contentType = "text/plain";
        body = "Hello as plain text";
        description = "wrong content type";
      }
    }
    return new FuzzCase(id, "message", "POST", "/api/v1/tickets/" + targets.ticketNumber() + "/messages",
        Map.of(TOKEN_HEADER, targets.ticketToken()), contentType, body, Expect.REJECTED, description);
  }

  FuzzCase messageOddText(int id) {
    String text = pick(random.nextBoolean() ? HOSTILE_TEXT : ODD_UNICODE);
    return new FuzzCase(id, "message-odd", "POST", "/api/v1/tickets/" + targets.ticketNumber() + "/messages",
        Map.of(TOKEN_HEADER, targets.ticketToken(), "Idempotency-Key", "fuzz-" + id), "application/json",
        "{\"body\":" + quote(text) + "}", Expect.NO_SERVER_ERROR, "odd text in a message");
  }

  // ---- the link pages ----------------------------------------------------------------------------

  FuzzCase ticketPage(int id) {
    String number = targets.ticketNumber();
    String token = tamper(targets.ticketToken());
    String description = "tampered ticket link";
    if (random.nextInt(4) == 0) {
      number = targets.otherNumber();
      token = targets.ticketToken();
      description = "another ticket's link token";
    }
    return new FuzzCase(id, "ticket-page", "GET", "/my-ticket/" + segment(number) + "/" + segment(token), Map.of(), null, null,
        Expect.PAGE_REFUSES, description);
  }

  FuzzCase surveyPage(int id) {
    return new FuzzCase(id, "survey-page", "GET", "/survey/" + segment(tamper(targets.surveyToken())), Map.of(), null, null,
        Expect.PAGE_REFUSES, "tampered survey link");
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private record BadAccess(String number, Map<String, String> headers, String description) {}

  private BadAccess badAccess() {
    return switch (random.nextInt(6)) {
      case 0 -> new BadAccess(targets.ticketNumber(), Map.of(), "no token");
      case 1 -> new BadAccess(targets.ticketNumber(), Map.of(TOKEN_HEADER, tamper(targets.ticketToken())), "tampered token");
      case 2 -> new BadAccess(targets.otherNumber(), Map.of(TOKEN_HEADER, targets.ticketToken()), "another ticket's token");
      case 3 -> new BadAccess("MW-999999", Map.of(TOKEN_HEADER, targets.ticketToken()), "unknown ticket");
      case 4 -> new BadAccess(pick(new String[] {"MW-000001'--", "..%2F..%2Fetc", "MW-" + "9".repeat(300), "mw-00000١"}),
          Map.of(TOKEN_HEADER, targets.ticketToken()), "odd ticket number");
      default -> new BadAccess(targets.ticketNumber(), Map.of(TOKEN_HEADER, pick(new String[] {"x", "A".repeat(8_000), "null",
          targets.ticketToken() + targets.ticketToken()})), "junk token");
    };
  }

  /** The token changed in one of the ways a hand-edited link is: a character, a cut, an addition, a swap. */
  String tamper(String token) {
    if (token.isEmpty()) {
      return "x";
    }
    int at = random.nextInt(token.length());
    String tampered = switch (random.nextInt(5)) {
      case 0 -> token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
      case 1 -> token.substring(0, Math.max(1, at));
      case 2 -> token + pick(new String[] {"x", "=", "%00", "é"});
      case 3 -> new StringBuilder(token).reverse().toString();
      default -> token.toUpperCase().equals(token) ? token.toLowerCase() : token.toUpperCase();
    };
    return tampered.equals(token) ? token + "x" : tampered;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  static String json(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    fields.forEach((name, value) -> json.append('"').append(name).append("\":").append(value).append(','));
    if (json.length() > 1) {
      json.setLength(json.length() - 1);
    }
    return json.append('}').toString();
  }

  static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
