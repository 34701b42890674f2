package org.courtguide.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the hybrid retriever combines lexical (BM25) and dense (vector) search. */
@ConfigMapping(prefix = "court-guide.retrieval")
public interface RetrievalConfig {

    /**
     * How the two rankings are combined: {@code rrf} (reciprocal rank fusion) or {@code score} (a weighted sum of
     * scores normalised per query to 0..1).
     */
    @WithDefault("score")
    String fusion();

    /** Dense pseudo-relevance feedback: how many top passages' vectors are mixed into the query vector (0 = off). */
    @WithDefault("0")
    int feedbackPassages();

    /** Weight of the feedback passages' mean vector against the query vector. */
    @WithDefault("0.5")
    double feedbackWeight();

    /** Lay-word → legal-term lexicon for query expansion (a TSV file); absent → no expansion. */
    @WithDefault("knowledge/rules/lexicon/lay-terms.tsv")
    java.util.Optional<java.nio.file.Path> lexicon();

    /** BM25 boost of the expansion terms relative to the question's own words. */
    @WithDefault("0.5")
    float expansionBoost();

    /** Whether the expansion terms are also appended to the text embedded for dense search. */
    @WithDefault("true")
    boolean expandDense();

    /** Candidates taken from each of BM25 and dense search before fusion. */
    @WithDefault("60")
    int candidates();

    /**
     * Candidates per result asked for: a search for k results takes at least k times this from each ranking, so
     * that a prior applied after fusion (see {@link #localWeight()}) has national articles left to promote.
     */
    @WithDefault("3")
    int candidatesPerResult();

    /**
     * Factor on the fused score of a local regulation whose place the question does not name (see
     * {@link IssuingLevel}); 1 turns the prior off.
     */
    @WithDefault("0.2")
    double localWeight();

    /**
     * Weight of the law-level evidence: each passage gains this share of the best fused score among the other
     * passages of the same law (0 = off).
     */
    @WithDefault("0.25")
    double lawEvidenceWeight();

    /** The constant of reciprocal rank fusion: larger values flatten the advantage of the first ranks. */
    @WithDefault("60")
    int rrfK();

    /** Weight of the BM25 ranking in the fusion. */
    @WithDefault("0.7")
    double lexicalWeight();

    /** Weight of the dense ranking in the fusion. */
    @WithDefault("1.0")
    double denseWeight();

    /**
     * Text put before a Chinese query (not before passages) when it is embedded: bge-zh v1.5 was trained with this
     * instruction for short queries that retrieve longer passages. Empty for none.
     */
    @WithDefault("为这个句子生成表示以用于检索相关文章：")
    java.util.Optional<String> queryInstructionZh();

    /** The same for English queries and bge-en v1.5. */
    @WithDefault("Represent this sentence for searching relevant passages: ")
    java.util.Optional<String> queryInstructionEn();

    /** BM25 boost of the passage text. */
    @WithDefault("1.0")
    float bodyBoost();

    /** BM25 boost of the section (guide heading path; statute article number and chapter). */
    @WithDefault("0.6")
    float sectionBoost();

    /**
     * BM25 boost of the body's overlapping Chinese character pairs, beside its words (0 = off): they meet where word
     * segmentation cuts the question and the law differently ("诉讼费" / "诉讼费用"). Dev set, hybrid MRR@10 0.553 →
     * 0.569 at 1.0, and 0.563–0.569 anywhere from 0.25 to 2 (`docs/evaluation.md`).
     */
    @WithDefault("1.0")
    float characterPairBoost();

    /**
     * Question character pairs found in more than this share of the chunks are left out of BM25 (1 = none; embedded
     * index of 10,000 chunks or more only): a pair as common as "可以" or "的是" weighs next to nothing in BM25, and its
     * long posting list costs the most to walk. 0.05 on 141,196 chunks: 16-client search 159–164 against 116–140
     * req/s, rankings the same within ±0.3 points (`docs/evaluation.md`).
     */
    @WithDefault("0.05")
    double characterPairMaxShare();

    /** BM25 boost of the title (guide title; law name). */
    @WithDefault("0.3")
    float titleBoost();

    /** BM25 term-frequency saturation (Lucene's default 1.2); applied at search time, the index need not change. */
    @WithDefault("1.2")
    float bm25K1();

    /** BM25 length normalisation, 0 (none) to 1 (full; Lucene's default 0.75). */
    @WithDefault("0.75")
    float bm25B();
}
