package entbot.knowledge.index;

/**
 * Field names of the index. Two kinds of documents live side by side: one {@code file} document per
 * indexed guide (its key and content hash, for incremental runs) and its {@code passage} documents.
 */
public final class IndexFields {
  public static final String KIND = "kind";
  public static final String KIND_FILE = "file";
  public static final String KIND_PASSAGE = "passage";
  /** The guide's key (absolute path or bundled:NAME), on both kinds: deleting by it removes all. */
  public static final String FILE = "file";
  public static final String HASH = "hash";
  public static final String DOCUMENT = "document";
  public static final String SECTION = "section";
  public static final String TEXT = "text";
  /** The searched field: heading path and text through the French index analyzer. */
  public static final String CONTENT = "content";

  private IndexFields() {}
}
