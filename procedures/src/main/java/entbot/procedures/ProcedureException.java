package entbot.procedures;

/**
 * The one unchecked exception of the procedures module: a French message meant for the user, and the
 * cause kept for {@code --debug}. {@link #isBadInput()} tells the CLI to exit with 2 rather than 1.
 */
public class ProcedureException extends RuntimeException {
  private final boolean badInput;

  private ProcedureException(String frenchMessage, Throwable cause, boolean badInput) {
    super(frenchMessage, cause);
    this.badInput = badInput;
  }

  /** The user asked for something invalid (unknown procedure, bad parameter, unknown class...). */
  public static ProcedureException badInput(String frenchMessage) {
    return new ProcedureException(frenchMessage, null, true);
  }

  /** Something failed on our side (database unreadable, I/O error...). */
  public static ProcedureException failure(String frenchMessage, Throwable cause) {
    return new ProcedureException(frenchMessage, cause, false);
  }

  public boolean isBadInput() {
    return badInput;
  }
}
