package org.courtguide.staff;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real Keycloak server for the staff sign-in tests: the distribution the build unpacked into
 * {@code target/keycloak}, started in dev mode with the repository's realm on a free port, under a Java 21+ runtime
 * ({@code KEYCLOAK_JAVA_HOME}, else Temurin 25). Where no such runtime or distribution exists the tests are skipped
 * with the reason, unless {@code KEYCLOAK_REQUIRED=true} (CI), where that is a failure.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "court-guide";
    static final String CLIENT_ID = "court-guide";
    static final String CLIENT_SECRET = "court-guide-local-secret";
    /** Set when the server runs; tests read it to reach Keycloak. */
    static final String URL_PROPERTY = "staff-test.keycloak-url";
    /** Set instead when it cannot run: the reason the tests are skipped. */
    static final String UNAVAILABLE_PROPERTY = "staff-test.keycloak-unavailable";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    private static final Path REALM_FILE = Path.of("src/main/keycloak/court-guide-realm.json");
    private static final Duration STARTUP = Duration.ofMinutes(5);

    private Process process;

    @Override
    public Map<String, String> start() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if (Boolean.parseBoolean(System.getenv("KEYCLOAK_REQUIRED"))) {
                throw new IllegalStateException("Keycloak is required (KEYCLOAK_REQUIRED=true) but " + missing.get());
            }
            LOG.warnf("staff sign-in tests skipped: %s", missing.get());
            return Map.of(UNAVAILABLE_PROPERTY, missing.get());
        }
        try {
            int port = freePort();
            Path home = home();
            reset(home);
            Path log = home.resolve("keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + freePort(),
                            "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", javaHome().toString());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment()
                    .put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            // a modest heap: the test machines are shared
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            long started = System.nanoTime();
            process = builder.start();
            String base = "http://127.0.0.1:" + port;
            awaitRealm(base, log);
            LOG.infof(
                    "Keycloak ready on %s in %d s (log: %s)",
                    base, (System.nanoTime() - started) / 1_000_000_000L, log);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.oidc.tenant-enabled", "true");
            config.put("quarkus.oidc.auth-server-url", base + "/realms/" + REALM);
            config.put("quarkus.oidc.client-id", CLIENT_ID);
            config.put("quarkus.oidc.credentials.secret", CLIENT_SECRET);
            config.put(URL_PROPERTY, base);
            return config;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        // kc.sh is a shell wrapper: the server is its java child, which must go too
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** Why the server cannot run here, or empty when it can. */
    static Optional<String> missing() {
        Path home = home();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return Optional.of("no Keycloak distribution at " + home + " (./mvnw verify unpacks it during "
                    + "process-test-resources unless -Dkeycloak.skip=true)");
        }
        Path java = javaHome().resolve("bin/java");
        if (!Files.isExecutable(java)) {
            return Optional.of("Keycloak needs Java 21 or later: none at " + javaHome()
                    + " (install Temurin 25, or point KEYCLOAK_JAVA_HOME at a Java 21+ runtime)");
        }
        if (javaFeatureVersion(javaHome()) < 21) {
            return Optional.of("Keycloak needs Java 21 or later; " + javaHome() + " is older (set KEYCLOAK_JAVA_HOME)");
        }
        return Optional.empty();
    }

    static Path home() {
        return Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
    }

    static Path javaHome() {
        String configured = System.getenv("KEYCLOAK_JAVA_HOME");
        return Path.of(configured == null || configured.isBlank() ? "/usr/lib/jvm/temurin-25-jdk-amd64" : configured);
    }

    /** Reads JAVA_VERSION from the runtime's {@code release} file ("21.0.4", "25"). */
    private static int javaFeatureVersion(Path javaHome) {
        try (Stream<String> lines = Files.lines(javaHome.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION="))
                    .findFirst()
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .map(v -> Integer.parseInt(v.split("[.+-]")[0]))
                    .orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** A fresh database each run, so that the realm always matches the file in the repository. */
    private static void reset(Path home) throws IOException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(REALM_FILE, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    private void awaitRealm(String base, Path log) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base + "/realms/" + REALM + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Keycloak", e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for Keycloak", e);
            }
        }
        stop();
        throw new IOException("Keycloak was not ready within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
