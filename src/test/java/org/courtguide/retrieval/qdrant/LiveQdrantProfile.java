package org.courtguide.retrieval.qdrant;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The app against a real Qdrant: {@code QDRANT_URL} is its gRPC endpoint ({@code http://host:6334} or
 * {@code https://…}), {@code QDRANT_API_KEY} optional. A fresh collection per run, so a shared server is not disturbed.
 */
public class LiveQdrantProfile implements QuarkusTestProfile {

    static final String COLLECTION = "court-guide-live-test-" + Long.toString(System.currentTimeMillis(), 36);

    @Override
    public Map<String, String> getConfigOverrides() {
        String qdrantUrl = System.getenv("QDRANT_URL");
        if (qdrantUrl == null || qdrantUrl.isBlank()) {
            // the test is skipped then, but Quarkus still reads the profile while discovering tests
            return Map.of();
        }
        URI url = URI.create(qdrantUrl);
        Map<String, String> config = new HashMap<>(Map.of(
                "court-guide.index.backend",
                "qdrant",
                "court-guide.qdrant.host",
                url.getHost(),
                "court-guide.qdrant.port",
                String.valueOf(url.getPort() > 0 ? url.getPort() : 6334),
                "court-guide.qdrant.use-tls",
                String.valueOf("https".equals(url.getScheme())),
                "court-guide.qdrant.collection",
                COLLECTION,
                "court-guide.data-dir",
                "./target/qdrant-live-test-data"));
        String key = System.getenv("QDRANT_API_KEY");
        if (key != null && !key.isBlank()) {
            config.put("court-guide.qdrant.api-key", key);
        }
        return config;
    }
}
