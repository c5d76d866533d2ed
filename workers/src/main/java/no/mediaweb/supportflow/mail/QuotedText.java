package no.mediaweb.supportflow.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The new part of an e-mail reply: the quoted history and what introduces it are cut off. */
final class QuotedText {

  private static final List<Pattern> HISTORY_STARTS =
      List.of(
          // "On Mon, 7 Dec 2026 at 10:00, Support <support@…> wrote:" and the Spanish "El … escribió:"
          Pattern.compile("^\\s*(On|El)\\s.*(wrote|escribió)\\s*:\\s*$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^\\s*-+\\s*(Original Message|Mensaje original)\\s*-+\\s*$", Pattern.CASE_INSENSITIVE),
          Pattern.compile("^\\s*(From|De):\\s.*$", Pattern.CASE_INSENSITIVE));

  /** The text above the first quoted line or history header, without trailing blank lines. */
  static String newPart(String body) {
    if (body == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    String[] lines = body.replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith(">") || startsHistory(line)) {
        break;
      }
      // mail clients wrap a long "On … wrote:" over two lines
      if (i + 1 < lines.length && startsHistory(line + " " + lines[i + 1].strip())) {
        break;
      }
      kept.add(line);
    }
    return String.join("\n", kept).strip();
  }

  private static boolean startsHistory(String line) {
    return HISTORY_STARTS.stream().anyMatch(p -> p.matcher(line).matches());
  }

  private QuotedText() {}
}
