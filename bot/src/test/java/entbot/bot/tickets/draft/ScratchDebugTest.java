package entbot.bot.tickets.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void print() throws Exception {
    TicketDrafter d = new TicketDrafter(RoutingRules.bundled(), NameLexicon.bundled());
    String text = Files.readString(Path.of("/tmp/tkdebug/report.txt"));
    StringBuilder out = new StringBuilder();
    for (String report : text.split("\n=====\n")) {
      out.append("#### ").append(report.replace('\n', '|')).append('\n');
      for (Draft draft : d.draft(report)) {
        out.append(draft.route()).append(" | ").append(draft.title()).append(" | ")
            .append(draft.people()).append(" | ").append(draft.classes()).append(" | ")
            .append(draft.missing()).append(" | since=").append(draft.since()).append(" | aff=").append(draft.affectedUsers()).append('\n');
      }
    }
    Files.writeString(Path.of("/tmp/tkdebug/out.txt"), out);
  }
}
