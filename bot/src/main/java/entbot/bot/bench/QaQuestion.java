package entbot.bot.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One question of the QA set ({@code entbot/bench/questions.yaml}). {@code shared} and
 * {@code bundled} name the passage that answers it in each corpus (either may be absent);
 * {@code covered = false} marks a question the guides do not cover, which must be refused.
 */
public record QaQuestion(String id, String question, Boolean hard, Boolean covered, Boolean near,
    String fact, Expectation shared, Expectation bundled) {

  /** Where the answer lies: a document and a few verbatim words of its passage. */
  public record Expectation(@JsonProperty(required = true) String document,
      @JsonProperty(required = true) String passage) {
    public Expectation {
      if (document == null || document.isBlank() || passage == null || passage.isBlank()) {
        throw new IllegalArgumentException("an expectation needs a document and a passage");
      }
    }
  }

  public QaQuestion {
    Objects.requireNonNull(id, "id");
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("question " + id + " has no text");
    }
    hard = hard != null && hard;
    covered = covered == null || covered;
    near = near != null && near;
    if (covered && shared == null && bundled == null) {
      throw new IllegalArgumentException("covered question " + id + " names no expected passage");
    }
  }

  public boolean isHard() {
    return hard;
  }

  public boolean isCovered() {
    return covered;
  }

  /** The expected passage in {@code corpus} ("shared" or "bundled"), or null. */
  public Expectation expectation(String corpus) {
    return corpus.equals("shared") ? shared : bundled;
  }
}
