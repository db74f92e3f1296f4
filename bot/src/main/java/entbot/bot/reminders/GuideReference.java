package entbot.bot.reminders;

/** The guide passage a reminder comes from, named as {@code ask} cites it: document and section. */
public record GuideReference(String document, String section) {
  public GuideReference {
    if (document == null || document.isBlank()) {
      throw new IllegalArgumentException("document must not be blank");
    }
    if (section == null || section.isBlank()) {
      throw new IllegalArgumentException("section must not be blank");
    }
  }

  /** "document, « section »", as shown to users. */
  public String citation() {
    return document + ", « " + section + " »";
  }
}
