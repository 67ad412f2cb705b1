package org.hausdesk.search.control;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Passes every token on and adds further words at the same position (parts of a compound, the
 * infinitive of a participle), each marked with a type of its own so a query can weigh them lower.
 */
abstract class ExtraTokensFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private AttributeSource.State current;
    private String pendingType;

    ExtraTokensFilter(TokenStream input) {
        super(input);
    }

    /** The words to add after this one; never the word itself. */
    abstract List<String> extras(String word);

    /** The type of the added words, given the type of the word they come from. */
    abstract String extraType(String wordType);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            type.setType(pendingType);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        var word = term.toString();
        for (var extra : extras(word)) {
            if (!extra.equals(word) && !pending.contains(extra)) {
                pending.add(extra);
            }
        }
        if (!pending.isEmpty()) {
            current = captureState();
            pendingType = extraType(type.type());
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
