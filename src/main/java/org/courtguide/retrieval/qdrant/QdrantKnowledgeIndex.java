package org.courtguide.retrieval.qdrant;

import static io.qdrant.client.ConditionFactory.matchKeyword;
import static io.qdrant.client.ValueFactory.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qdrant.client.PointIdFactory;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QueryFactory;
import io.qdrant.client.VectorFactory;
import io.qdrant.client.VectorsFactory;
import io.qdrant.client.WithPayloadSelectorFactory;
import io.qdrant.client.WithVectorsSelectorFactory;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Distance;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.Collections.PayloadSchemaType;
import io.qdrant.client.grpc.Collections.SparseVectorConfig;
import io.qdrant.client.grpc.Collections.SparseVectorParams;
import io.qdrant.client.grpc.Collections.VectorParams;
import io.qdrant.client.grpc.Collections.VectorParamsMap;
import io.qdrant.client.grpc.Collections.VectorsConfig;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PrefetchQuery;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.Rrf;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.Vector;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.courtguide.Language;
import org.courtguide.retrieval.Embedders;
import org.courtguide.retrieval.IngestState;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalConfig;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceBatch;
import org.courtguide.source.SourceDocument;
import org.courtguide.source.SourceKind;
import org.courtguide.source.Validity;
import org.jboss.logging.Logger;

/**
 * The production index: one Qdrant collection with a dense vector per language ({@code dense_zh}, {@code dense_en}:
 * each language's model has its own space and size) and one sparse BM25 vector ({@code bm25}, IDF applied by Qdrant).
 * Point ids are UUIDs derived from the chunk id, so re-ingesting the same chunk overwrites it instead of duplicating
 * it. The ingest state lives in one vectorless point, written with the chunks, so every replica reads the same
 * knowledge version.
 */
@ApplicationScoped
@Typed(QdrantKnowledgeIndex.class)
public class QdrantKnowledgeIndex implements KnowledgeIndex {

    private static final Logger LOG = Logger.getLogger(QdrantKnowledgeIndex.class);

    public static final String SPARSE = "bm25";
    static final String ID = "chunk_id",
            SOURCE = "source_id",
            FILE = "file",
            GENERATION = "gen",
            KIND = "kind",
            LANGUAGE = "lang",
            VALIDITY = "validity",
            TOPICS = "topics",
            TITLE = "title",
            SECTION = "section",
            BODY = "body",
            ANCHOR = "anchor",
            ORDER = "order",
            MARKDOWN = "markdown",
            HASH = "hash",
            DOCUMENT = "doc",
            STATE = "state",
            STATE_LAYOUT = "layout";
    /** Kind of the point that holds the ingest state; never a search result (it has no vectors and no language). */
    static final String STATE_KIND = "STATE";

    static final UUID STATE_ID = pointUuid("court-guide.ingest-state");
    /** Fields filtered on: language, validity and kind in every search; source and file on pages and deletes. */
    static final List<String> KEYWORD_INDEXES =
            List.of(LANGUAGE, VALIDITY, KIND, SOURCE, FILE, GENERATION, HASH, TOPICS);

    private final QdrantClient client;
    private final QdrantConfig config;
    private final RetrievalConfig retrieval;
    private final Embedders embedders;
    private final ObjectMapper json;
    private final SparseEncoder sparse;
    private volatile boolean collectionReady;

    QdrantKnowledgeIndex(
            QdrantClient client,
            QdrantConfig config,
            RetrievalConfig retrieval,
            Embedders embedders,
            ObjectMapper json) {
        this.client = client;
        this.config = config;
        this.retrieval = retrieval;
        this.embedders = embedders;
        this.json = json;
        this.sparse = new SparseEncoder(config, retrieval);
    }

    public static String denseName(String language) {
        return "dense_" + language;
    }

    /** Deterministic: the same chunk id always maps to the same point. */
    public static UUID pointUuid(String chunkId) {
        return UUID.nameUUIDFromBytes(chunkId.getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the collection and its payload indexes when absent; safe to call from every replica. */
    public synchronized void ensureCollection() {
        if (collectionReady) {
            return;
        }
        String name = config.collection();
        if (!await(client.collectionExistsAsync(name))) {
            VectorParamsMap.Builder dense = VectorParamsMap.newBuilder();
            for (Language language : Language.values()) {
                dense.putMap(
                        denseName(language.code()),
                        VectorParams.newBuilder()
                                .setSize(embedders.model(language).dimension())
                                .setDistance(Distance.Cosine)
                                .build());
            }
            CreateCollection.Builder create = CreateCollection.newBuilder()
                    .setCollectionName(name)
                    .setVectorsConfig(VectorsConfig.newBuilder().setParamsMap(dense))
                    .setSparseVectorsConfig(SparseVectorConfig.newBuilder()
                            .putMap(
                                    SPARSE,
                                    SparseVectorParams.newBuilder()
                                            .setModifier(Modifier.Idf)
                                            .build()));
            config.shardNumber().ifPresent(create::setShardNumber);
            config.replicationFactor().ifPresent(create::setReplicationFactor);
            await(client.createCollectionAsync(create.build()));
            for (String field : KEYWORD_INDEXES) {
                await(client.createPayloadIndexAsync(name, field, PayloadSchemaType.Keyword, null, true, null, null));
            }
            LOG.infof("Created Qdrant collection %s with payload indexes %s", name, KEYWORD_INDEXES);
        }
        collectionReady = true;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public void upsert(
            String sourceFile,
            String generation,
            List<SourceBatch> batches,
            List<float[]> vectors,
            List<String> vectorKeys) {
        ensureCollection();
        List<PointStruct> points = new ArrayList<>();
        int v = 0;
        for (SourceBatch batch : batches) {
            String documentJson = write(batch.document());
            for (KnowledgeChunk chunk : batch.chunks()) {
                points.add(point(
                        sourceFile,
                        generation,
                        chunk,
                        batch.document(),
                        documentJson,
                        vectors.get(v),
                        vectorKeys.get(v)));
                v++;
                if (points.size() >= config.upsertBatch()) {
                    upsertPoints(points);
                    points.clear();
                }
            }
        }
        if (!points.isEmpty()) {
            upsertPoints(points);
        }
    }

    private void upsertPoints(List<PointStruct> points) {
        await(client.upsertAsync(UpsertPoints.newBuilder()
                .setCollectionName(config.collection())
                .setWait(true)
                .addAllPoints(points)
                .build()));
    }

    PointStruct point(
            String file,
            String generation,
            KnowledgeChunk chunk,
            SourceDocument document,
            String documentJson,
            float[] vector,
            String vectorKey) {
        Map<String, Value> payload = new HashMap<>();
        payload.put(ID, value(chunk.chunkId()));
        payload.put(SOURCE, value(chunk.sourceId()));
        payload.put(FILE, value(file));
        payload.put(GENERATION, value(generation));
        payload.put(KIND, value(chunk.kind().name()));
        payload.put(LANGUAGE, value(chunk.language()));
        payload.put(VALIDITY, value(chunk.validity().key()));
        List<String> topics = document.topics() == null ? List.of() : document.topics();
        payload.put(
                TOPICS,
                value(topics.stream().map(io.qdrant.client.ValueFactory::value).toList()));
        payload.put(TITLE, value(chunk.title()));
        payload.put(SECTION, value(chunk.section()));
        payload.put(BODY, value(chunk.text()));
        payload.put(ANCHOR, value(chunk.anchor()));
        payload.put(ORDER, value(chunk.order()));
        if (!chunk.markdown().equals(chunk.text())) {
            payload.put(MARKDOWN, value(chunk.markdown()));
        }
        payload.put(HASH, value(vectorKey));
        payload.put(DOCUMENT, value(documentJson));
        Map<String, Vector> named = new HashMap<>();
        named.put(denseName(chunk.language()), VectorFactory.vector(floats(vector)));
        SparseEncoder.Sparse terms = sparse.document(chunk);
        if (!terms.isEmpty()) {
            named.put(SPARSE, VectorFactory.vector(terms.values(), terms.indices()));
        }
        return PointStruct.newBuilder()
                .setId(PointIdFactory.id(pointUuid(chunk.chunkId())))
                .setVectors(VectorsFactory.namedVectors(named))
                .putAllPayload(payload)
                .build();
    }

    @Override
    public void removeStale(String sourceFile, String generation) {
        ensureCollection();
        Filter.Builder stale = Filter.newBuilder().addMust(matchKeyword(FILE, sourceFile));
        if (generation != null) {
            stale.addMustNot(matchKeyword(GENERATION, generation));
        }
        await(client.deleteAsync(config.collection(), stale.build()));
    }

    @Override
    public Optional<float[]> storedVector(String vectorKey) {
        ensureCollection();
        List<RetrievedPoint> found = scroll(
                Filter.newBuilder().addMust(matchKeyword(HASH, vectorKey)).build(), 1, true);
        return found.stream().findFirst().flatMap(this::denseVector);
    }

    @Override
    public Optional<float[]> storedVectorOfChunk(String chunkId) {
        ensureCollection();
        List<RetrievedPoint> found = await(client.retrieveAsync(
                config.collection(),
                List.of(PointIdFactory.id(pointUuid(chunkId))),
                WithPayloadSelectorFactory.enable(true),
                WithVectorsSelectorFactory.enable(true),
                null));
        return found.stream().findFirst().flatMap(this::denseVector);
    }

    private Optional<float[]> denseVector(RetrievedPoint point) {
        String name = denseName(point.getPayloadOrThrow(LANGUAGE).getStringValue());
        var vectors = point.getVectors().getVectors().getVectorsMap();
        if (!vectors.containsKey(name)) {
            return Optional.empty();
        }
        List<Float> data = vectors.get(name).getDataList();
        if (data.isEmpty() && vectors.get(name).hasDense()) {
            data = vectors.get(name).getDense().getDataList();
        }
        float[] out = new float[data.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = data.get(i);
        }
        return Optional.of(out);
    }

    /** Every write is already visible once Qdrant acknowledged it (upserts wait). */
    @Override
    public void refresh() {}

    @Override
    public void commit(IngestState state) {
        ensureCollection();
        PointStruct point = PointStruct.newBuilder()
                .setId(PointIdFactory.id(STATE_ID))
                .setVectors(VectorsFactory.namedVectors(Map.of()))
                .putPayload(KIND, value(STATE_KIND))
                .putPayload(STATE, value(write(state)))
                .putPayload(STATE_LAYOUT, value(LAYOUT))
                .build();
        upsertPoints(List.of(point));
    }

    @Override
    public IngestState state() {
        ensureCollection();
        List<RetrievedPoint> found = await(client.retrieveAsync(
                config.collection(),
                List.of(PointIdFactory.id(STATE_ID)),
                WithPayloadSelectorFactory.enable(true),
                WithVectorsSelectorFactory.enable(false),
                null));
        if (found.isEmpty()) {
            return IngestState.empty();
        }
        try {
            IngestState state =
                    json.readValue(found.get(0).getPayloadOrThrow(STATE).getStringValue(), IngestState.class);
            Value layout = found.get(0).getPayloadMap().get(STATE_LAYOUT);
            return layout != null && LAYOUT.equals(layout.getStringValue()) ? state : state.allChanged();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable ingest state in Qdrant collection " + config.collection(), e);
        }
    }

    @Override
    public List<Passage> lexical(String query, String expansion, SearchFilter filter, int k) {
        SparseEncoder.Sparse terms = sparse.query(query, expansion);
        if (terms.isEmpty()) {
            return List.of();
        }
        return query(
                QueryPoints.newBuilder()
                        .setQuery(QueryFactory.nearest(terms.values(), terms.indices()))
                        .setUsing(SPARSE)
                        .setFilter(filter(filter, Optional.empty()))
                        .setLimit(k),
                score -> score);
    }

    @Override
    public List<Passage> dense(Language language, float[] queryVector, SearchFilter filter, int k) {
        // Qdrant returns the cosine itself for a Cosine collection
        return query(
                QueryPoints.newBuilder()
                        .setQuery(QueryFactory.nearest(floats(queryVector)))
                        .setUsing(denseName(language.code()))
                        .setFilter(filter(filter, Optional.of(language)))
                        .setLimit(k),
                score -> score);
    }

    /**
     * Hybrid search inside Qdrant: one request, the dense and the sparse query as prefetches, fused by weighted
     * reciprocal rank fusion with the app's constant and weights (the same ranking the app computes with
     * {@code fusion=rrf}).
     */
    @Override
    public Optional<List<Passage>> fused(
            String query,
            String expansion,
            Language language,
            float[] queryVector,
            SearchFilter filter,
            int candidates,
            int k) {
        if (!config.serverFusion()) {
            return Optional.empty();
        }
        Filter denseFilter = filter(filter, Optional.of(language));
        QueryPoints.Builder request = QueryPoints.newBuilder()
                .addPrefetch(PrefetchQuery.newBuilder()
                        .setQuery(QueryFactory.nearest(floats(queryVector)))
                        .setUsing(denseName(language.code()))
                        .setFilter(denseFilter)
                        .setLimit(candidates));
        Rrf.Builder rrf = Rrf.newBuilder().setK(retrieval.rrfK()).addWeights((float) retrieval.denseWeight());
        SparseEncoder.Sparse terms = sparse.query(query, expansion);
        if (!terms.isEmpty()) {
            request.addPrefetch(PrefetchQuery.newBuilder()
                    .setQuery(QueryFactory.nearest(terms.values(), terms.indices()))
                    .setUsing(SPARSE)
                    .setFilter(filter(filter, Optional.empty()))
                    .setLimit(candidates));
            rrf.addWeights((float) retrieval.lexicalWeight());
        }
        return Optional.of(query(request.setQuery(QueryFactory.rrf(rrf.build())).setLimit(k), score -> score));
    }

    /** The same filter as the embedded index: language, kind, and only sources in force unless asked otherwise. */
    static Filter filter(SearchFilter filter, Optional<Language> vectorLanguage) {
        Filter.Builder b = Filter.newBuilder();
        filter.language()
                .or(() -> vectorLanguage.map(Language::code))
                .ifPresent(l -> b.addMust(matchKeyword(LANGUAGE, l)));
        filter.kind().ifPresent(kind -> b.addMust(matchKeyword(KIND, kind.name())));
        if (!filter.includeNotInForce()) {
            b.addMust(matchKeyword(VALIDITY, Validity.VALID.key()));
        }
        return b.build();
    }

    private List<Passage> query(QueryPoints.Builder request, java.util.function.DoubleUnaryOperator scoreMapping) {
        ensureCollection();
        List<ScoredPoint> points = await(client.queryAsync(request.setCollectionName(config.collection())
                .setWithPayload(WithPayloadSelectorFactory.enable(true))
                .build()));
        List<Passage> passages = new ArrayList<>(points.size());
        for (ScoredPoint p : points) {
            passages.add(toPassage(p.getPayloadMap(), scoreMapping.applyAsDouble(p.getScore())));
        }
        return passages;
    }

    @Override
    public Optional<StoredSource> source(String sourceId) {
        ensureCollection();
        List<Passage> passages =
                scroll(
                                Filter.newBuilder()
                                        .addMust(matchKeyword(SOURCE, sourceId))
                                        .build(),
                                10_000,
                                false)
                        .stream()
                        .map(p -> toPassage(p.getPayloadMap(), 0))
                        .sorted(Comparator.comparingInt(p -> p.chunk().order()))
                        .toList();
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredSource(
                passages.get(0).document(),
                passages.stream().map(Passage::chunk).toList()));
    }

    @Override
    public Collection<StoredSource> guides() {
        ensureCollection();
        return StoredSource.regroup(
                scroll(
                                Filter.newBuilder()
                                        .addMust(matchKeyword(KIND, SourceKind.GUIDE.name()))
                                        .build(),
                                100_000,
                                false)
                        .stream()
                        .map(p -> toPassage(p.getPayloadMap(), 0))
                        .toList());
    }

    @Override
    public long size() {
        ensureCollection();
        return await(client.countAsync(
                config.collection(),
                Filter.newBuilder().addMustNot(matchKeyword(KIND, STATE_KIND)).build(),
                true));
    }

    /** Pages through the points matching {@code filter}, up to {@code max}. */
    private List<RetrievedPoint> scroll(Filter filter, int max, boolean withVectors) {
        List<RetrievedPoint> all = new ArrayList<>();
        PointId offset = null;
        do {
            ScrollPoints.Builder request = ScrollPoints.newBuilder()
                    .setCollectionName(config.collection())
                    .setFilter(filter)
                    .setLimit(Math.min(256, max - all.size()))
                    .setWithPayload(WithPayloadSelectorFactory.enable(true))
                    .setWithVectors(WithVectorsSelectorFactory.enable(withVectors));
            if (offset != null) {
                request.setOffset(offset);
            }
            ScrollResponse page = await(client.scrollAsync(request.build()));
            all.addAll(page.getResultList());
            offset = page.hasNextPageOffset() ? page.getNextPageOffset() : null;
        } while (offset != null && all.size() < max);
        return all;
    }

    private Passage toPassage(Map<String, Value> p, double score) {
        String text = p.get(BODY).getStringValue();
        Value markdown = p.get(MARKDOWN);
        KnowledgeChunk chunk = new KnowledgeChunk(
                p.get(ID).getStringValue(),
                p.get(SOURCE).getStringValue(),
                SourceKind.valueOf(p.get(KIND).getStringValue()),
                p.get(LANGUAGE).getStringValue(),
                Validity.parse(p.get(VALIDITY).getStringValue()),
                p.get(TITLE).getStringValue(),
                p.get(SECTION).getStringValue(),
                p.get(ANCHOR).getStringValue(),
                (int) p.get(ORDER).getIntegerValue(),
                text,
                markdown == null ? text : markdown.getStringValue());
        try {
            return new Passage(chunk, json.readValue(p.get(DOCUMENT).getStringValue(), SourceDocument.class), score);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Float> floats(float[] vector) {
        List<Float> list = new ArrayList<>(vector.length);
        for (float f : vector) {
            list.add(f);
        }
        return list;
    }

    private <T> T await(Future<T> future) {
        try {
            return future.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QdrantUnavailableException("Interrupted while waiting for Qdrant", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new QdrantUnavailableException(
                    "Qdrant call failed (" + config.host() + ":" + config.port() + "/" + config.collection() + "): "
                            + e.getMessage(),
                    e);
        }
    }
}
