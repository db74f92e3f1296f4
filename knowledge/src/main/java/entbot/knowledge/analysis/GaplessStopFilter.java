package entbot.knowledge.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes stop words without leaving position gaps. Lucene's StopFilter leaves a gap per removed
 * word, which the synonym parser rejects in multi-word entries ("cahier de textes") and which would
 * stop the phrase "cahier textes" from matching; closing the gaps on both the index and the query
 * side keeps multi-word glossary entries matching the guides. Input must be lower-cased and folded.
 */
final class GaplessStopFilter extends TokenFilter {
  private final CharArraySet stopWords;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  GaplessStopFilter(TokenStream input, CharArraySet stopWords) {
    super(input);
    this.stopWords = stopWords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      if (!stopWords.contains(term.buffer(), 0, term.length())) {
        return true;
      }
    }
    return false;
  }
}
