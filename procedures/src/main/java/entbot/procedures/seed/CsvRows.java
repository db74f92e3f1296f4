package entbot.procedures.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of a directory export: fields separated by ';' (French spreadsheets) or ',',
 * optionally quoted with '"' ("" inside quotes is one quote). Quoted line breaks are not supported:
 * directory exports do not have them, and line numbers in errors stay true.
 */
final class CsvRows {
  private CsvRows() {}

  static char separatorOf(String header) {
    return header.indexOf(';') >= 0 ? ';' : ',';
  }

  /** The fields of one line, or null when a quote is left open. */
  static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString().strip());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    fields.add(field.toString().strip());
    return fields;
  }
}
