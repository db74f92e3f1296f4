package entbot.knowledge;

/**
 * The one unchecked exception of the knowledge module: a French message meant for the user, and the
 * cause kept for {@code --debug}. {@link #isBadInput()} tells the CLI to exit with 2 rather than 1.
 */
public class KnowledgeException extends RuntimeException {
  private final boolean badInput;

  private KnowledgeException(String frenchMessage, Throwable cause, boolean badInput) {
    super(frenchMessage, cause);
    this.badInput = badInput;
  }

  /** The user asked for something invalid (empty question, missing path...). */
  public static KnowledgeException badInput(String frenchMessage) {
    return new KnowledgeException(frenchMessage, null, true);
  }

  /** Something failed on our side (unreadable index, I/O error...). */
  public static KnowledgeException failure(String frenchMessage, Throwable cause) {
    return new KnowledgeException(frenchMessage, cause, false);
  }

  public boolean isBadInput() {
    return badInput;
  }
}
