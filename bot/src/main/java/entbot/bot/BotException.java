package entbot.bot;

/**
 * The one unchecked exception of the bot module: a French message meant for the user, and the
 * cause kept for {@code --debug}. {@link #isBadInput()} tells the CLI to exit with 2 rather than 1.
 */
public class BotException extends RuntimeException {
  private final boolean badInput;

  private BotException(String frenchMessage, Throwable cause, boolean badInput) {
    super(frenchMessage, cause);
    this.badInput = badInput;
  }

  /** The user asked for something invalid (empty report, bad schedule, unknown option...). */
  public static BotException badInput(String frenchMessage) {
    return new BotException(frenchMessage, null, true);
  }

  /** Something failed on our side (helpdesk unreachable, database error...). */
  public static BotException failure(String frenchMessage, Throwable cause) {
    return new BotException(frenchMessage, cause, false);
  }

  public boolean isBadInput() {
    return badInput;
  }
}
