package org.courtguide.retrieval.qdrant;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts {@link FakeQdrant} on a loopback port and points the app at it. */
public class FakeQdrantResource implements QuarkusTestResourceLifecycleManager {

    static volatile FakeQdrant fake;

    @Override
    public Map<String, String> start() {
        try {
            fake = FakeQdrant.onPort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("court-guide.qdrant.host", "localhost", "court-guide.qdrant.port", String.valueOf(fake.port()));
    }

    @Override
    public void stop() {
        try {
            fake.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
