package org.courtguide.knowledge;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The index folder on a small tmpfs of its own, so that a test can truly run it out of space (ENOSPC from the kernel,
 * not a simulated exception). Mounting needs root, as in CI; elsewhere {@link #reason()} says why the test is skipped.
 */
public class FullDiskProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "full-disk-test").toAbsolutePath();
    static final Path KNOWLEDGE = ROOT.resolve("knowledge");
    static final Path INDEX = ROOT.resolve("data").resolve("index");
    static final String SIZE = "16m";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Tmpfs.class));
    }

    private static volatile String reason = "the tmpfs was not mounted";
    private static volatile boolean mounted;

    static boolean mounted() {
        return mounted;
    }

    static String reason() {
        return reason;
    }

    public static class Tmpfs implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            try {
                unmount();
                deleteRecursively(ROOT);
                Files.createDirectories(KNOWLEDGE);
                Files.createDirectories(INDEX);
                for (String guide : new String[] {"en/fees-en.md", "zh/fees-zh.md"}) {
                    Path source = Path.of("knowledge", "guides", guide);
                    Files.copy(source, KNOWLEDGE.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                if (!"root".equals(System.getProperty("user.name"))) {
                    reason = "mounting a tmpfs needs root (user is " + System.getProperty("user.name") + ")";
                } else {
                    int exit = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", INDEX.toString());
                    mounted = exit == 0;
                    reason = mounted ? "" : "mount -t tmpfs failed with exit code " + exit;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "court-guide.data-dir",
                    ROOT.resolve("data").toString(),
                    "court-guide.knowledge.paths",
                    KNOWLEDGE.toString(),
                    "court-guide.knowledge.background",
                    "false");
        }

        @Override
        public void stop() {
            unmount();
        }

        private static void unmount() {
            if (Files.isDirectory(INDEX)) {
                // lazy: files the stopped app still had open do not keep the mount busy
                run("umount", "-l", INDEX.toString());
            }
            mounted = false;
        }

        private static int run(String... command) {
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
