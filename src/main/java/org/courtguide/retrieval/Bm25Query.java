package org.courtguide.retrieval;

import static org.courtguide.retrieval.LuceneKnowledgeIndex.BODY;
import static org.courtguide.retrieval.LuceneKnowledgeIndex.BODY_PAIRS;
import static org.courtguide.retrieval.LuceneKnowledgeIndex.SECTION;
import static org.courtguide.retrieval.LuceneKnowledgeIndex.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The BM25 query for a question over the embedded index: its words in the body, section and title, its overlapping
 * Chinese character pairs in the body's pairs, and the lexicon's expansion terms below the question's own.
 */
final class Bm25Query {

    /**
     * Common character pairs are left out only from an index at least this large: in a small one (the starter guides)
     * every posting list is short, and a pair shared by a few guides still tells them apart.
     */
    static final int PAIR_PRUNING_MIN_CHUNKS = 10_000;

    private final Analyzer words;
    private final Analyzer pairs;
    private final RetrievalConfig retrieval;
    private final int pairPruningMinChunks;

    Bm25Query(Analyzer words, Analyzer pairs, RetrievalConfig retrieval) {
        this(words, pairs, retrieval, PAIR_PRUNING_MIN_CHUNKS);
    }

    Bm25Query(Analyzer words, Analyzer pairs, RetrievalConfig retrieval, int pairPruningMinChunks) {
        this.words = words;
        this.pairs = pairs;
        this.retrieval = retrieval;
        this.pairPruningMinChunks = pairPruningMinChunks;
    }

    /**
     * The query over the index {@code reader} reads, or empty when neither the question nor its expansion has a
     * searchable term.
     */
    Optional<Query> query(IndexReader reader, String query, String expansion) {
        Map<String, Float> weights = new LinkedHashMap<>();
        addTerms(words, weights, query, 1f);
        Map<String, Float> pairTerms = new LinkedHashMap<>();
        if (retrieval.characterPairBoost() > 0) {
            addTerms(pairs, pairTerms, query, 1f);
        }
        if (!expansion.isBlank()) {
            addTerms(words, weights, expansion, retrieval.expansionBoost());
            if (retrieval.characterPairBoost() > 0) {
                addTerms(pairs, pairTerms, expansion, retrieval.expansionBoost());
            }
        }
        if (weights.isEmpty() && pairTerms.isEmpty()) {
            return Optional.empty();
        }
        // one flat disjunction of (field, term) clauses: the same BM25 sum as one sub-query per field, but a single
        // block-max WAND over all terms skips more documents; the text is analysed once, not once per field
        BooleanQuery.Builder clauses = new BooleanQuery.Builder();
        int count = 0;
        for (Map.Entry<String, Float> term : weights.entrySet()) {
            if (count + 3 > IndexSearcher.getMaxClauseCount()) {
                break;
            }
            addClause(clauses, BODY, term, retrieval.bodyBoost());
            addClause(clauses, SECTION, term, retrieval.sectionBoost());
            addClause(clauses, TITLE, term, retrieval.titleBoost());
            count += 3;
        }
        long commonAbove = reader.maxDoc() >= pairPruningMinChunks
                ? (long) (retrieval.characterPairMaxShare() * reader.maxDoc())
                : Long.MAX_VALUE;
        for (Map.Entry<String, Float> pair : pairTerms.entrySet()) {
            if (count + 1 > IndexSearcher.getMaxClauseCount()) {
                break;
            }
            if (commonAbove < Long.MAX_VALUE && docFreq(reader, pair.getKey()) > commonAbove) {
                continue;
            }
            addClause(clauses, BODY_PAIRS, pair, retrieval.characterPairBoost());
            count++;
        }
        return Optional.of(clauses.build());
    }

    private static int docFreq(IndexReader reader, String pair) {
        try {
            return reader.docFreq(new Term(BODY_PAIRS, pair));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each analysed term of {@code text} with its weight; a term said twice counts twice, as BM25 over the text would. */
    private static void addTerms(Analyzer analyzer, Map<String, Float> weights, String text, float weight) {
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                weights.merge(term.toString(), weight, Float::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addClause(
            BooleanQuery.Builder clauses, String field, Map.Entry<String, Float> term, float fieldBoost) {
        if (fieldBoost * term.getValue() <= 0) {
            return; // a field turned off adds nothing to the score, and its postings would still be walked
        }
        clauses.add(
                new BoostQuery(new TermQuery(new Term(field, term.getKey())), fieldBoost * term.getValue()),
                Occur.SHOULD);
    }
}
