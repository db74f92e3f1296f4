package entbot.bot.tickets.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import entbot.bot.tickets.draft.Segmenter.Level;
import entbot.bot.tickets.draft.Segmenter.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter segmenter = new Segmenter();

  @Test
  void marksSeparatorsAndBulletsAsHardBoundaries() {
    List<Piece> pieces = segmenter.pieces("A ne marche pas ----- B est vide\n- C plante\n\nD aussi");
    assertEquals(List.of("A ne marche pas", "B est vide", "C plante", "D aussi"),
        pieces.stream().map(Piece::text).toList());
    assertEquals(List.of(Level.HARD, Level.HARD, Level.HARD, Level.PARAGRAPH),
        pieces.stream().map(Piece::level).toList());
  }

  @Test
  void cutsSentencesAndClausesButNotAfterACivility() {
    List<Piece> pieces = segmenter.pieces("M. Dupont n'a plus Pronote et la messagerie plante. Fin");
    assertEquals(List.of("M. Dupont n'a plus Pronote", "la messagerie plante.", "Fin"),
        pieces.stream().map(Piece::text).toList());
    assertEquals(Level.CLAUSE, pieces.get(1).level());
    assertEquals(Level.SENTENCE, pieces.get(2).level());
  }

  @Test
  void givesNoPieceForBlankText() {
    assertEquals(List.of(), segmenter.pieces(" \n\n ----- \n"));
  }
}
