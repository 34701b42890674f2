package org.courtguide.retrieval.qdrant;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The app on the Qdrant backend, against the in-memory fake; its own data folder for the H2 database. */
public class QdrantProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "court-guide.index.backend",
                "qdrant",
                "court-guide.qdrant.collection",
                "court-guide-test",
                "court-guide.data-dir",
                "./target/qdrant-test-data",
                "court-guide.qdrant.shard-number",
                "3",
                "court-guide.qdrant.replication-factor",
                "2");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeQdrantResource.class));
    }
}
