package org.courtguide.retrieval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.courtguide.CourtGuideConfig;
import org.courtguide.Language;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.jboss.logging.Logger;

/**
 * The embedded index: one Lucene index on disk holding, per chunk, the BM25-searchable fields, an HNSW vector and the
 * source's metadata. Searches see writes after {@link #refresh()} (near-real-time), so the app answers while a large
 * ingest is still running.
 */
@ApplicationScoped
@Typed(LuceneKnowledgeIndex.class)
public class LuceneKnowledgeIndex implements KnowledgeIndex {

    static final String ID = "id",
            SOURCE = "source",
            FILE = "file",
            GENERATION = "gen",
            KIND = "kind",
            LANGUAGE = "lang",
            VALIDITY = "validity",
            TITLE = "title",
            SECTION = "section",
            BODY = "body",
            ANCHOR = "anchor",
            ORDER = "order",
            MARKDOWN = "markdown",
            HASH = "hash",
            STORED_VECTOR = "vec",
            DOCUMENT = "doc",
            ID_VALUE = "id.value",
            TITLE_VALUE = "title.value",
            BODY_PAIRS = "body.pairs";
    static final String STATE_KEY = "court-guide.ingest-state";
    private static final String LAYOUT_KEY = "court-guide.index-layout";
    /**
     * What this store adds to {@link KnowledgeIndex#LAYOUT}: unit-length vectors compared by dot product. An index
     * recorded with another layout is rewritten by the next ingest, reusing its stored vectors (no re-embedding).
     */
    static final String VECTOR_LAYOUT = "unit-dot";

    private static final String INDEX_LAYOUT = LAYOUT + "/" + VECTOR_LAYOUT;
    /** Lucene's default is 10; a bulk load then merges (and rebuilds HNSW graphs) far more often than it needs to. */
    private static final int SEGMENTS_PER_TIER = 40;

    private static final Logger LOG = Logger.getLogger(LuceneKnowledgeIndex.class);

    private final Path directory;
    private final IndexConfig config;
    private final RetrievalConfig retrieval;
    private final ObjectMapper json;
    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final ChineseBigramAnalyzer characterPairs = new ChineseBigramAnalyzer();
    private final Bm25Query bm25;
    // replaced together by discardUncommitted(); readers see either the old or the new pair
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    LuceneKnowledgeIndex(
            CourtGuideConfig courtGuide, IndexConfig config, RetrievalConfig retrieval, ObjectMapper json) {
        this.directory = courtGuide.dataDir().resolve("index");
        this.config = config;
        this.retrieval = retrieval;
        this.json = json;
        this.bm25 = new Bm25Query(analyzer, characterPairs, retrieval);
    }

    @PostConstruct
    void open() {
        try {
            Files.createDirectories(directory);
            IndexWriterConfig writerConfig = new IndexWriterConfig(
                            new PerFieldAnalyzerWrapper(analyzer, Map.of(BODY_PAIRS, characterPairs)))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(config.ramBufferMbOrDefault())
                    // merging rebuilds HNSW graphs, which competes with embedding for the cores during a bulk load;
                    // let segments pile up further and merge them once at the end (compact())
                    .setMergePolicy(new TieredMergePolicy().setSegmentsPerTier(SEGMENTS_PER_TIER))
                    // an ingest interrupted by shutdown must not record its half-done work as done
                    .setCommitOnClose(false);
            IndexWriter opened = new IndexWriter(FSDirectory.open(directory), writerConfig);
            BM25Similarity similarity = new BM25Similarity(retrieval.bm25K1(), retrieval.bm25B());
            searchers = new SearcherManager(opened, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(similarity);
                    return searcher;
                }
            });
            writer = opened;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the index at " + directory, e);
        }
    }

    /**
     * Lucene commits are atomic: a failed write (no space left, an I/O error) never damages the last commit, but the
     * writer then holds half-written segments, or is closed after a tragic failure. Rolling back deletes the partial
     * files (freeing their space) and a fresh writer on the last commit takes over; searches keep the readers they
     * hold until they release them.
     */
    @Override
    public synchronized void discardUncommitted() {
        SearcherManager previous = searchers;
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.warnf(
                    "Rolling back the index writer failed (%s); reopening from the last commit",
                    e.getClass().getSimpleName());
        }
        open();
        try {
            previous.close();
        } catch (IOException e) {
            LOG.warnf("Closing the previous searchers failed (%s)", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.rollback();
    }

    @Override
    public void upsert(
            String sourceFile,
            String generation,
            List<SourceBatch> batches,
            List<float[]> vectors,
            List<String> vectorKeys) {
        int v = 0;
        try {
            for (SourceBatch batch : batches) {
                String documentJson = json.writeValueAsString(batch.document());
                for (KnowledgeChunk chunk : batch.chunks()) {
                    writer.updateDocument(
                            new Term(ID, chunk.chunkId()),
                            toDocument(sourceFile, generation, chunk, documentJson, vectors.get(v), vectorKeys.get(v)));
                    v++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document toDocument(
            String file,
            String generation,
            KnowledgeChunk chunk,
            String documentJson,
            float[] vector,
            String vectorKey) {
        Document doc = new Document();
        doc.add(new StringField(ID, chunk.chunkId(), Field.Store.YES));
        // id and title again as doc values, so a ranking reads them without decompressing the stored passage
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(chunk.chunkId())));
        doc.add(new SortedDocValuesField(TITLE_VALUE, new BytesRef(chunk.title())));
        doc.add(new StringField(SOURCE, chunk.sourceId(), Field.Store.YES));
        doc.add(new StringField(FILE, file, Field.Store.NO));
        doc.add(new StringField(GENERATION, generation, Field.Store.NO));
        doc.add(new StringField(KIND, chunk.kind().name(), Field.Store.YES));
        doc.add(new StringField(LANGUAGE, chunk.language(), Field.Store.YES));
        doc.add(new StringField(VALIDITY, chunk.validity().key(), Field.Store.YES));
        doc.add(new TextField(TITLE, chunk.title(), Field.Store.YES));
        doc.add(new TextField(SECTION, chunk.section(), Field.Store.YES));
        doc.add(new TextField(BODY, chunk.text(), Field.Store.YES));
        doc.add(new TextField(BODY_PAIRS, chunk.text(), Field.Store.NO));
        doc.add(new StoredField(ANCHOR, chunk.anchor()));
        doc.add(new StoredField(ORDER, chunk.order()));
        if (!chunk.markdown().equals(chunk.text())) {
            doc.add(new StoredField(MARKDOWN, chunk.markdown()));
        }
        doc.add(new StringField(HASH, vectorKey, Field.Store.NO));
        doc.add(new KnnFloatVectorField(
                vectorField(chunk.language()), unitLength(vector), VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(STORED_VECTOR, encode(vector)));
        doc.add(new StoredField(DOCUMENT, documentJson));
        return doc;
    }

    @Override
    public void removeStale(String sourceFile, String generation) {
        BooleanQuery.Builder stale =
                new BooleanQuery.Builder().add(new TermQuery(new Term(FILE, sourceFile)), Occur.MUST);
        if (generation != null) {
            stale.add(new TermQuery(new Term(GENERATION, generation)), Occur.MUST_NOT);
        }
        try {
            writer.deleteDocuments(stale.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<float[]> storedVector(String vectorKey) {
        return withSearcher(searcher -> {
            // by content, not by id: a section that only moved keeps its vector
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(HASH, vectorKey)), 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            Document stored = searcher.storedFields().document(hits[0].doc, java.util.Set.of(STORED_VECTOR));
            return Optional.of(decode(stored.getBinaryValue(STORED_VECTOR).bytes));
        });
    }

    @Override
    public Optional<float[]> storedVectorOfChunk(String chunkId) {
        return withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ID, chunkId)), 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            Document stored = searcher.storedFields().document(hits[0].doc, java.util.Set.of(STORED_VECTOR));
            return Optional.of(decode(stored.getBinaryValue(STORED_VECTOR).bytes));
        });
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(IngestState state) {
        try {
            writer.setLiveCommitData(Map.of(STATE_KEY, json.writeValueAsString(state), LAYOUT_KEY, INDEX_LAYOUT)
                    .entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One segment: a search then walks one HNSW graph and one term dictionary instead of one per segment (measured on
     * 141,196 chunks: 20 segments merged in 120 s, 16-client search rate +30 %). Needs free disk space of about the
     * index's size while it runs; searches go on meanwhile on the segments they hold.
     */
    @Override
    public synchronized void compact() {
        try {
            if (segments() <= 1) {
                return;
            }
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments a search walks now. */
    public int segments() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    @Override
    public IngestState state() {
        try {
            if (!DirectoryReader.indexExists(writer.getDirectory())) {
                return IngestState.empty();
            }
            Map<String, String> userData = new LinkedHashMap<>();
            Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
            if (live != null) {
                live.forEach(e -> userData.put(e.getKey(), e.getValue()));
            }
            String stored = userData.get(STATE_KEY);
            if (stored == null) {
                return IngestState.empty();
            }
            IngestState state = json.readValue(stored, IngestState.class);
            return INDEX_LAYOUT.equals(userData.get(LAYOUT_KEY)) ? state : state.allChanged();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Passage> lexical(String query, String expansion, SearchFilter filter, int k) {
        return passages(lexicalHits(query, expansion, filter, k));
    }

    @Override
    public List<Hit> lexicalHits(String query, String expansion, SearchFilter filter, int k) {
        return hits(
                searcher -> {
                    Optional<Query> terms = bm25.query(searcher.getIndexReader(), query, expansion);
                    if (terms.isEmpty()) {
                        return new MatchNoDocsQuery();
                    }
                    BooleanQuery.Builder full = new BooleanQuery.Builder().add(terms.get(), Occur.MUST);
                    IndexRestriction restriction = IndexRestriction.of(searcher.getIndexReader(), filter);
                    restriction.required().forEach(required -> full.add(required, Occur.FILTER));
                    restriction.excluded().forEach(excluded -> full.add(excluded, Occur.MUST_NOT));
                    return full.build();
                },
                k,
                score -> score);
    }

    @Override
    public List<Passage> dense(Language language, float[] queryVector, SearchFilter filter, int k) {
        return passages(denseHits(language, queryVector, filter, k));
    }

    @Override
    public List<Hit> denseHits(Language language, float[] queryVector, SearchFilter filter, int k) {
        // Lucene scores cosine as (1 + cos) / 2; callers get the cosine back
        float[] unitQuery = unitLength(queryVector);
        return hits(
                searcher -> new KnnFloatVectorQuery(
                        vectorField(language.code()),
                        unitQuery,
                        k,
                        IndexRestriction.of(searcher.getIndexReader(), filter).asFilter()),
                k,
                score -> 2 * score - 1);
    }

    /**
     * Each language's vectors come from its own model, so they live in their own field. The vectors are stored at unit
     * length and compared by dot product, which ranks as cosine does at a third of the arithmetic per comparison (the
     * HNSW graph makes thousands per insert and per search); layout {@link #VECTOR_LAYOUT}, before it the fields
     * {@code vector_<language>} held cosine-compared vectors.
     */
    private static String vectorField(String language) {
        return "unit_vector_" + language;
    }

    /** A copy of {@code vector} scaled to length 1 (a query moved by feedback, or a model that does not normalise). */
    static float[] unitLength(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float[] unit = vector.clone();
        if (sum == 0) {
            return unit;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < unit.length; i++) {
            unit[i] *= scale;
        }
        return unit;
    }

    /** The ranking with each hit's id and title only: reading and parsing whole passages is left to the few shown. */
    private List<Hit> hits(SearcherWork<Query> queryFor, int k, java.util.function.DoubleUnaryOperator scoreMapping) {
        return withSearcher(searcher -> {
            Query query = queryFor.apply(searcher);
            // counting all matches (Lucene counts the first 1,000 by default) would keep BM25 from skipping documents
            // that cannot reach the top k; nothing here uses the total
            ScoreDoc[] found = searcher.search(query, new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
            String[][] idAndTitle = HitIdentities.read(searcher, found);
            List<Hit> hits = new ArrayList<>(found.length);
            for (int i = 0; i < found.length; i++) {
                hits.add(new Hit(idAndTitle[i][0], idAndTitle[i][1], scoreMapping.applyAsDouble(found[i].score), null));
            }
            return hits;
        });
    }

    @Override
    public List<Passage> passages(List<Hit> hits) {
        return withSearcher(searcher -> {
            StoredFields stored = searcher.storedFields();
            List<Passage> passages = new ArrayList<>(hits.size());
            for (Hit hit : hits) {
                if (hit.passage() != null) {
                    passages.add(hit.passage().withScore(hit.score()));
                    continue;
                }
                ScoreDoc[] byId = searcher.search(new TermQuery(new Term(ID, hit.chunkId())), 1).scoreDocs;
                if (byId.length > 0) {
                    passages.add(toPassage(stored.document(byId[0].doc), hit.score()));
                }
            }
            return passages;
        });
    }

    @Override
    public Optional<StoredSource> source(String sourceId) {
        return withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(SOURCE, sourceId)), 10_000).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            List<Passage> passages = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                passages.add(toPassage(searcher.storedFields().document(hit.doc), 0));
            }
            passages.sort(Comparator.comparingInt(p -> p.chunk().order()));
            return Optional.of(new StoredSource(
                    passages.get(0).document(),
                    passages.stream().map(Passage::chunk).toList()));
        });
    }

    @Override
    public Collection<StoredSource> guides() {
        return withSearcher(searcher -> {
            ScoreDoc[] hits =
                    searcher.search(new TermQuery(new Term(KIND, SourceKind.GUIDE.name())), 100_000).scoreDocs;
            List<Passage> passages = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                passages.add(toPassage(searcher.storedFields().document(hit.doc), 0));
            }
            return StoredSource.regroup(passages);
        });
    }

    @Override
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    private Passage toPassage(Document d, double score) {
        String text = d.get(BODY);
        String markdown = d.get(MARKDOWN);
        KnowledgeChunk chunk = new KnowledgeChunk(
                d.get(ID),
                d.get(SOURCE),
                SourceKind.valueOf(d.get(KIND)),
                d.get(LANGUAGE),
                Validity.parse(d.get(VALIDITY)),
                d.get(TITLE),
                d.get(SECTION),
                d.get(ANCHOR),
                d.getField(ORDER).numericValue().intValue(),
                text,
                markdown == null ? text : markdown);
        try {
            return new Passage(chunk, json.readValue(d.get(DOCUMENT), SourceDocument.class), score);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] decode(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
