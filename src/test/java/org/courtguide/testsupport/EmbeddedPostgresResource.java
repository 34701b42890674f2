package org.courtguide.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL server, started in-process from the embedded binaries (no Docker needed). Outage tests can stop it
 * and start it again on the same data folder and port ({@link #stopServer()}, {@link #startServer()}), as an operator
 * restarting the database would, while the app keeps running.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile EmbeddedPostgres postgres;
    private static Path dataDirectory;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("court-guide-pg");
            // the folder must not exist yet for initdb; later starts reuse it (and its data)
            Files.delete(dataDirectory);
            postgres = builder().start();
            port = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    private static EmbeddedPostgres.Builder builder() {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        return port == 0 ? builder : builder.setPort(port);
    }

    /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
    public static synchronized void stopServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same data folder and port. */
    public static synchronized void startServer() {
        try {
            postgres = builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not restart", e);
        }
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
                deleteRecursively(dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
