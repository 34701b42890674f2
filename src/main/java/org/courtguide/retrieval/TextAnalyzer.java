package org.courtguide.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * One analyzer for Chinese and English text: SmartChinese word segmentation, lower case, stop words of both languages
 * (punctuation, function words and question words that carry no topic), Porter stemming for English words.
 */
public final class TextAnalyzer extends Analyzer {

    private final CharArraySet stopWords;

    public TextAnalyzer() {
        CharArraySet words = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        try (InputStream in = TextAnalyzer.class.getResourceAsStream("stopwords.txt")) {
            words.addAll(WordlistLoader.getWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stopWords = CharArraySet.unmodifiableSet(words);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
