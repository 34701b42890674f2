package org.courtguide.retrieval;

import static org.courtguide.retrieval.LuceneKnowledgeIndex.KIND;
import static org.courtguide.retrieval.LuceneKnowledgeIndex.LANGUAGE;
import static org.courtguide.retrieval.LuceneKnowledgeIndex.VALIDITY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.courtguide.Language;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;

/**
 * The filter as Lucene clauses, chosen by how many chunks each value holds in the open index. Language, kind and
 * validity each hold one value of a closed set. A wanted value held by few chunks (guides beside 140,000 statute
 * articles) is required: BM25 and the vector search then visit only those. A wanted value held by most chunks
 * ("in force") is expressed as the other values excluded instead, and only those that some chunk holds: a required
 * clause matching nearly every chunk would lead BM25's conjunction and make it score every document, and an
 * exclusion that matches nothing would still make the vector search build a set of all accepted chunks.
 */
record IndexRestriction(List<Query> required, List<Query> excluded) {

    static IndexRestriction of(IndexReader reader, SearchFilter filter) {
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        filter.language()
                .ifPresent(wanted -> restrict(
                        reader,
                        LANGUAGE,
                        wanted,
                        Arrays.stream(Language.values()).map(Language::code).toList(),
                        required,
                        excluded));
        filter.kind()
                .ifPresent(wanted -> restrict(
                        reader,
                        KIND,
                        wanted.name(),
                        Arrays.stream(SourceKind.values()).map(SourceKind::name).toList(),
                        required,
                        excluded));
        if (!filter.includeNotInForce()) {
            restrict(
                    reader,
                    VALIDITY,
                    Validity.VALID.key(),
                    Arrays.stream(Validity.values()).map(Validity::key).toList(),
                    required,
                    excluded);
        }
        return new IndexRestriction(required, excluded);
    }

    private static void restrict(
            IndexReader reader,
            String field,
            String wanted,
            List<String> values,
            List<Query> required,
            List<Query> excluded) {
        try {
            if (2L * reader.docFreq(new Term(field, wanted)) < reader.maxDoc()) {
                required.add(new TermQuery(new Term(field, wanted)));
                return;
            }
            for (String other : values) {
                if (!other.equals(wanted) && reader.docFreq(new Term(field, other)) > 0) {
                    excluded.add(new TermQuery(new Term(field, other)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accepted chunks as one filter for the vector search; null when every chunk is accepted. */
    Query asFilter() {
        if (required.isEmpty() && excluded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder accepted = new BooleanQuery.Builder();
        if (required.isEmpty()) {
            accepted.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        required.forEach(q -> accepted.add(q, Occur.FILTER));
        excluded.forEach(q -> accepted.add(q, Occur.MUST_NOT));
        return accepted.build();
    }
}
