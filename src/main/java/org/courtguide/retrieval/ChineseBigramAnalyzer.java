package org.courtguide.retrieval;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping pairs of Chinese characters ("诉讼费" → 诉讼, 讼费), and nothing else: English and numbers are left to
 * {@link TextAnalyzer}. Word segmentation cuts a layperson's phrase and the law's wording differently ("诉讼费" is one
 * word, "诉讼费用" two), so their words can miss each other where their character pairs still meet.
 */
public final class ChineseBigramAnalyzer extends Analyzer {

    private static final Set<String> CHINESE_TYPES = Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new CJKBigramFilter(stream);
        stream = new TypeTokenFilter(stream, CHINESE_TYPES, true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
