package org.courtguide.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Finds the sources under the configured knowledge paths: guides ({@code *.md}, not {@code README.md}) and statute
 * collections ({@code *.jsonl}, {@code *.jsonl.gz}).
 */
final class KnowledgeFiles {

    private static final Logger LOG = Logger.getLogger(KnowledgeFiles.class);

    private KnowledgeFiles() {}

    /**
     * The source files, sorted, named under the path as configured (the ingest state is keyed by these names). A
     * configured folder may be a symbolic link (a folder linked into place, a mounted volume): it is walked through its
     * target. Hidden entries are skipped, such as the {@code ..data} folders of a Kubernetes ConfigMap mount, which
     * hold a second copy of every file.
     */
    static List<Path> under(List<Path> configured) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path entry : configured) {
            Path path = entry.toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                Path real = path.toRealPath();
                try (Stream<Path> walk = Files.walk(real)) {
                    walk.filter(p -> !hidden(real.relativize(p)))
                            .filter(Files::isRegularFile)
                            .filter(p -> isGuide(p) || StatuteReader.isStatuteFile(p))
                            .map(p -> path.resolve(real.relativize(p).toString()))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                LOG.warnf("Knowledge path %s does not exist; skipped", path);
            }
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGuide(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }
}
