package org.courtguide.retrieval.qdrant;

import com.google.protobuf.Message;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.qdrant.client.QdrantClient;
import io.qdrant.client.QdrantGrpcClient;
import io.qdrant.client.grpc.Collections.CollectionExists;
import io.qdrant.client.grpc.Collections.CollectionExistsRequest;
import io.qdrant.client.grpc.Collections.CollectionExistsResponse;
import io.qdrant.client.grpc.Collections.CollectionOperationResponse;
import io.qdrant.client.grpc.Collections.CreateCollection;
import io.qdrant.client.grpc.Collections.Modifier;
import io.qdrant.client.grpc.CollectionsGrpc;
import io.qdrant.client.grpc.Common.Condition;
import io.qdrant.client.grpc.Common.FieldCondition;
import io.qdrant.client.grpc.Common.Filter;
import io.qdrant.client.grpc.Common.PointId;
import io.qdrant.client.grpc.JsonWithInt.Value;
import io.qdrant.client.grpc.Points.CountPoints;
import io.qdrant.client.grpc.Points.CountResponse;
import io.qdrant.client.grpc.Points.CountResult;
import io.qdrant.client.grpc.Points.CreateFieldIndexCollection;
import io.qdrant.client.grpc.Points.DeletePoints;
import io.qdrant.client.grpc.Points.DenseVector;
import io.qdrant.client.grpc.Points.GetPoints;
import io.qdrant.client.grpc.Points.GetResponse;
import io.qdrant.client.grpc.Points.NamedVectorsOutput;
import io.qdrant.client.grpc.Points.PointStruct;
import io.qdrant.client.grpc.Points.PointsOperationResponse;
import io.qdrant.client.grpc.Points.PrefetchQuery;
import io.qdrant.client.grpc.Points.Query;
import io.qdrant.client.grpc.Points.QueryPoints;
import io.qdrant.client.grpc.Points.QueryResponse;
import io.qdrant.client.grpc.Points.RetrievedPoint;
import io.qdrant.client.grpc.Points.ScoredPoint;
import io.qdrant.client.grpc.Points.ScrollPoints;
import io.qdrant.client.grpc.Points.ScrollResponse;
import io.qdrant.client.grpc.Points.UpdateResult;
import io.qdrant.client.grpc.Points.UpdateStatus;
import io.qdrant.client.grpc.Points.UpsertPoints;
import io.qdrant.client.grpc.Points.Vector;
import io.qdrant.client.grpc.Points.VectorInput;
import io.qdrant.client.grpc.Points.VectorOutput;
import io.qdrant.client.grpc.Points.VectorsOutput;
import io.qdrant.client.grpc.PointsGrpc;
import io.qdrant.client.grpc.QdrantGrpc;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckReply;
import io.qdrant.client.grpc.QdrantOuterClass.HealthCheckRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory Qdrant speaking the real gRPC services, for the calls the app makes. It records every request (so tests
 * can assert what was sent) and answers queries the way Qdrant documents them: cosine for dense vectors, dot product
 * with IDF ({@code ln(1 + (N - n + 0.5) / (n + 0.5))}) for sparse vectors with the IDF modifier, keyword filters
 * (must / must_not / should) and weighted reciprocal rank fusion {@code Σ w / (k + rank)} over prefetches.
 */
public final class FakeQdrant implements AutoCloseable {

    /** One stored point. Dense vectors are kept normalised, as Qdrant does for cosine collections. */
    record StoredPoint(
            PointId id,
            Map<String, Value> payload,
            Map<String, float[]> dense,
            Map<String, Map<Integer, Float>> sparse) {}

    public final List<Message> requests = new CopyOnWriteArrayList<>();
    final Map<String, CreateCollection> collections = new ConcurrentHashMap<>();
    final Map<String, Map<String, StoredPoint>> points = new ConcurrentHashMap<>();
    final Set<String> payloadIndexes = ConcurrentHashMap.newKeySet();
    private final String inProcessName;
    private Server running;

    private FakeQdrant(String inProcessName) {
        this.inProcessName = inProcessName;
    }

    /** In the same JVM only, for contract tests. */
    public static FakeQdrant inProcess() throws IOException {
        String name = "fake-qdrant-" + System.nanoTime();
        FakeQdrant fake = new FakeQdrant(name);
        return fake.start(InProcessServerBuilder.forName(name).directExecutor());
    }

    /** On a loopback TCP port, so the app connects exactly as it would to a real Qdrant. */
    public static FakeQdrant onPort(int port) throws IOException {
        return new FakeQdrant(null).start(Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create()));
    }

    private FakeQdrant start(ServerBuilder<?> builder) throws IOException {
        running = builder.addService(new Health())
                .addService(new Collections_())
                .addService(new Points_())
                .build()
                .start();
        return this;
    }

    public int port() {
        return running.getPort();
    }

    public QdrantClient client() {
        ManagedChannel channel =
                InProcessChannelBuilder.forName(inProcessName).directExecutor().build();
        return new QdrantClient(
                QdrantGrpcClient.newBuilder(channel, true, false).build());
    }

    @SuppressWarnings("unchecked")
    public <T extends Message> List<T> requests(Class<T> type) {
        return (List<T>) requests.stream().filter(type::isInstance).toList();
    }

    public Map<String, StoredPoint> collection(String name) {
        return points.getOrDefault(name, Map.of());
    }

    @Override
    public void close() throws InterruptedException {
        running.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    public static void main(String[] args) throws Exception {
        FakeQdrant fake = onPort(Integer.parseInt(args.length > 0 ? args[0] : "6334"));
        System.out.println("Fake Qdrant listening on " + fake.port());
        fake.running.awaitTermination();
    }

    private <T> void reply(Message request, StreamObserver<T> observer, java.util.function.Supplier<T> answer) {
        requests.add(request);
        try {
            observer.onNext(answer.get());
            observer.onCompleted();
        } catch (RuntimeException e) {
            observer.onError(io.grpc.Status.INVALID_ARGUMENT
                    .withDescription(e.toString())
                    .asRuntimeException());
        }
    }

    private static PointsOperationResponse done() {
        return PointsOperationResponse.newBuilder()
                .setResult(UpdateResult.newBuilder().setStatus(UpdateStatus.Completed))
                .build();
    }

    private final class Health extends QdrantGrpc.QdrantImplBase {
        @Override
        public void healthCheck(HealthCheckRequest request, StreamObserver<HealthCheckReply> observer) {
            reply(
                    request,
                    observer,
                    () -> HealthCheckReply.newBuilder()
                            .setTitle("fake qdrant")
                            .setVersion("1.18.0-fake")
                            .build());
        }
    }

    private final class Collections_ extends CollectionsGrpc.CollectionsImplBase {
        @Override
        public void collectionExists(
                CollectionExistsRequest request, StreamObserver<CollectionExistsResponse> observer) {
            reply(
                    request,
                    observer,
                    () -> CollectionExistsResponse.newBuilder()
                            .setResult(CollectionExists.newBuilder()
                                    .setExists(collections.containsKey(request.getCollectionName())))
                            .build());
        }

        @Override
        public void create(CreateCollection request, StreamObserver<CollectionOperationResponse> observer) {
            reply(request, observer, () -> {
                collections.put(request.getCollectionName(), request);
                points.put(request.getCollectionName(), new ConcurrentHashMap<>());
                return CollectionOperationResponse.newBuilder().setResult(true).build();
            });
        }
    }

    private final class Points_ extends PointsGrpc.PointsImplBase {

        @Override
        public void createFieldIndex(
                CreateFieldIndexCollection request, StreamObserver<PointsOperationResponse> observer) {
            reply(request, observer, () -> {
                payloadIndexes.add(request.getFieldName());
                return done();
            });
        }

        @Override
        public void upsert(UpsertPoints request, StreamObserver<PointsOperationResponse> observer) {
            reply(request, observer, () -> {
                Map<String, StoredPoint> store = store(request.getCollectionName());
                for (PointStruct p : request.getPointsList()) {
                    Map<String, float[]> dense = new HashMap<>();
                    Map<String, Map<Integer, Float>> sparse = new HashMap<>();
                    p.getVectors().getVectors().getVectorsMap().forEach((name, v) -> {
                        if (isSparse(v)) {
                            List<Integer> idx = v.hasSparse()
                                    ? v.getSparse().getIndicesList()
                                    : v.getIndices().getDataList();
                            List<Float> val = v.hasSparse() ? v.getSparse().getValuesList() : v.getDataList();
                            Map<Integer, Float> terms = new HashMap<>();
                            for (int i = 0; i < idx.size(); i++) {
                                terms.put(idx.get(i), val.get(i));
                            }
                            sparse.put(name, terms);
                        } else {
                            dense.put(
                                    name, normalise(v.hasDense() ? v.getDense().getDataList() : v.getDataList()));
                        }
                    });
                    store.put(key(p.getId()), new StoredPoint(p.getId(), Map.copyOf(p.getPayloadMap()), dense, sparse));
                }
                return done();
            });
        }

        @Override
        public void delete(DeletePoints request, StreamObserver<PointsOperationResponse> observer) {
            reply(request, observer, () -> {
                Map<String, StoredPoint> store = store(request.getCollectionName());
                if (request.getPoints().hasFilter()) {
                    store.values().removeIf(p -> matches(p, request.getPoints().getFilter()));
                } else {
                    request.getPoints().getPoints().getIdsList().forEach(id -> store.remove(key(id)));
                }
                return done();
            });
        }

        @Override
        public void get(GetPoints request, StreamObserver<GetResponse> observer) {
            reply(request, observer, () -> {
                Map<String, StoredPoint> store = store(request.getCollectionName());
                GetResponse.Builder out = GetResponse.newBuilder();
                for (PointId id : request.getIdsList()) {
                    StoredPoint p = store.get(key(id));
                    if (p != null) {
                        out.addResult(retrieved(p, request.getWithVectors().getEnable()));
                    }
                }
                return out.build();
            });
        }

        @Override
        public void scroll(ScrollPoints request, StreamObserver<ScrollResponse> observer) {
            reply(request, observer, () -> {
                List<StoredPoint> all = store(request.getCollectionName()).values().stream()
                        .filter(p -> matches(p, request.getFilter()))
                        .sorted(Comparator.comparing(p -> key(p.id())))
                        .toList();
                int from = 0;
                if (request.hasOffset()) {
                    String offset = key(request.getOffset());
                    while (from < all.size() && key(all.get(from).id()).compareTo(offset) < 0) {
                        from++;
                    }
                }
                int limit = request.hasLimit() ? request.getLimit() : 10;
                ScrollResponse.Builder out = ScrollResponse.newBuilder();
                for (int i = from; i < Math.min(all.size(), from + limit); i++) {
                    out.addResult(retrieved(all.get(i), request.getWithVectors().getEnable()));
                }
                if (from + limit < all.size()) {
                    out.setNextPageOffset(all.get(from + limit).id());
                }
                return out.build();
            });
        }

        @Override
        public void count(CountPoints request, StreamObserver<CountResponse> observer) {
            reply(
                    request,
                    observer,
                    () -> CountResponse.newBuilder()
                            .setResult(CountResult.newBuilder()
                                    .setCount(store(request.getCollectionName()).values().stream()
                                            .filter(p -> matches(p, request.getFilter()))
                                            .count()))
                            .build());
        }

        @Override
        public void query(QueryPoints request, StreamObserver<QueryResponse> observer) {
            reply(request, observer, () -> {
                Map<String, StoredPoint> store = store(request.getCollectionName());
                List<Scored> ranked = run(
                        store,
                        request.getPrefetchList(),
                        request.getQuery(),
                        request.getUsing(),
                        request.getFilter(),
                        request.hasLimit() ? (int) request.getLimit() : 10);
                QueryResponse.Builder out = QueryResponse.newBuilder();
                for (Scored s : ranked) {
                    out.addResult(ScoredPoint.newBuilder()
                            .setId(s.point().id())
                            .setScore(s.score())
                            .putAllPayload(s.point().payload()));
                }
                return out.build();
            });
        }
    }

    record Scored(StoredPoint point, float score) {}

    private List<Scored> run(
            Map<String, StoredPoint> store,
            List<PrefetchQuery> prefetches,
            Query query,
            String using,
            Filter filter,
            int limit) {
        if (!prefetches.isEmpty()) {
            List<List<Scored>> inputs = new ArrayList<>();
            for (PrefetchQuery prefetch : prefetches) {
                inputs.add(run(
                        store,
                        prefetch.getPrefetchList(),
                        prefetch.getQuery(),
                        prefetch.getUsing(),
                        prefetch.getFilter(),
                        prefetch.hasLimit() ? (int) prefetch.getLimit() : 10));
            }
            int k = 60;
            List<Float> weights = List.of();
            if (query.getVariantCase() == Query.VariantCase.RRF) {
                k = query.getRrf().hasK() ? query.getRrf().getK() : 60;
                weights = query.getRrf().getWeightsList();
            } else if (query.getVariantCase() != Query.VariantCase.FUSION) {
                throw new UnsupportedOperationException("fake supports only fusion over prefetches: " + query);
            }
            Map<String, StoredPoint> byId = new LinkedHashMap<>();
            Map<String, Float> scores = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                float w = i < weights.size() ? weights.get(i) : 1f;
                List<Scored> ranking = inputs.get(i);
                for (int rank = 0; rank < ranking.size(); rank++) {
                    String id = key(ranking.get(rank).point().id());
                    byId.putIfAbsent(id, ranking.get(rank).point());
                    scores.merge(id, w / (k + rank + 1), Float::sum);
                }
            }
            List<Scored> fused = new ArrayList<>();
            byId.forEach((id, p) -> fused.add(new Scored(p, scores.get(id))));
            fused.sort(Comparator.comparingDouble(Scored::score).reversed());
            return fused.subList(0, Math.min(limit, fused.size()));
        }
        VectorInput nearest = query.getNearest();
        List<Scored> scored = new ArrayList<>();
        if (nearest.hasSparse()) {
            List<StoredPoint> withVector = store.values().stream()
                    .filter(p -> p.sparse().containsKey(using))
                    .toList();
            boolean idf = collections.values().stream()
                    .anyMatch(c -> c.getSparseVectorsConfig()
                                    .getMapMap()
                                    .getOrDefault(
                                            using,
                                            io.qdrant.client.grpc.Collections.SparseVectorParams.getDefaultInstance())
                                    .getModifier()
                            == Modifier.Idf);
            Map<Integer, Float> q = new TreeMap<>();
            for (int i = 0; i < nearest.getSparse().getIndicesCount(); i++) {
                q.put(nearest.getSparse().getIndices(i), nearest.getSparse().getValues(i));
            }
            Map<Integer, Double> idfs = new HashMap<>();
            for (Integer term : q.keySet()) {
                long n = withVector.stream()
                        .filter(p -> p.sparse().get(using).containsKey(term))
                        .count();
                double N = withVector.size();
                idfs.put(term, idf ? Math.log(1 + (N - n + 0.5) / (n + 0.5)) : 1.0);
            }
            for (StoredPoint p : withVector) {
                if (!matches(p, filter)) {
                    continue;
                }
                double s = 0;
                boolean any = false;
                for (Map.Entry<Integer, Float> e : q.entrySet()) {
                    Float d = p.sparse().get(using).get(e.getKey());
                    if (d != null) {
                        s += e.getValue() * d * idfs.get(e.getKey());
                        any = true;
                    }
                }
                if (any) { // Qdrant returns only points sharing a term with the query
                    scored.add(new Scored(p, (float) s));
                }
            }
        } else {
            float[] q = normalise(nearest.hasDense() ? nearest.getDense().getDataList() : List.of());
            for (StoredPoint p : store.values()) {
                float[] v = p.dense().get(using);
                if (v == null || !matches(p, filter)) {
                    continue;
                }
                double dot = 0;
                for (int i = 0; i < v.length; i++) {
                    dot += v[i] * q[i];
                }
                scored.add(new Scored(p, (float) dot));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored.subList(0, Math.min(limit, scored.size()));
    }

    private Map<String, StoredPoint> store(String collection) {
        Map<String, StoredPoint> store = points.get(collection);
        if (store == null) {
            throw new IllegalArgumentException("Collection " + collection + " does not exist");
        }
        return store;
    }

    private static boolean isSparse(Vector v) {
        return v.hasSparse() || v.hasIndices();
    }

    static boolean matches(StoredPoint p, Filter filter) {
        for (Condition c : filter.getMustList()) {
            if (!matches(p, c)) {
                return false;
            }
        }
        for (Condition c : filter.getMustNotList()) {
            if (matches(p, c)) {
                return false;
            }
        }
        return filter.getShouldCount() == 0 || filter.getShouldList().stream().anyMatch(c -> matches(p, c));
    }

    private static boolean matches(StoredPoint p, Condition c) {
        if (c.hasFilter()) {
            return matches(p, c.getFilter());
        }
        FieldCondition f = c.getField();
        Value v = p.payload().get(f.getKey());
        if (v == null) {
            return false;
        }
        List<String> values = v.hasListValue()
                ? v.getListValue().getValuesList().stream()
                        .map(Value::getStringValue)
                        .toList()
                : List.of(v.getStringValue());
        return switch (f.getMatch().getMatchValueCase()) {
            case KEYWORD -> values.contains(f.getMatch().getKeyword());
            case KEYWORDS ->
                f.getMatch().getKeywords().getStringsList().stream().anyMatch(values::contains);
            default -> throw new UnsupportedOperationException("fake supports keyword matches only: " + f);
        };
    }

    private static RetrievedPoint retrieved(StoredPoint p, boolean withVectors) {
        RetrievedPoint.Builder b = RetrievedPoint.newBuilder().setId(p.id()).putAllPayload(p.payload());
        if (withVectors) {
            NamedVectorsOutput.Builder named = NamedVectorsOutput.newBuilder();
            p.dense().forEach((name, v) -> {
                DenseVector.Builder d = DenseVector.newBuilder();
                for (float f : v) {
                    d.addData(f);
                }
                named.putVectors(name, VectorOutput.newBuilder().setDense(d).build());
            });
            b.setVectors(VectorsOutput.newBuilder().setVectors(named));
        }
        return b.build();
    }

    static String key(PointId id) {
        return id.hasUuid() ? id.getUuid() : Long.toString(id.getNum());
    }

    private static float[] normalise(List<Float> values) {
        double norm = 0;
        for (float f : values) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : values.get(i) / norm);
        }
        return out;
    }
}
