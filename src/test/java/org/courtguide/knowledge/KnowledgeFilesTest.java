package org.courtguide.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest finds every guide and statute file once, whether the knowledge folder is a link or a mounted volume. */
class KnowledgeFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_knowledge_folder_that_is_a_symbolic_link_is_read_through_its_target_under_the_configured_name()
            throws IOException {
        Path real = Files.createDirectories(dir.resolve("release-7"));
        write(real.resolve("guides/zh/filing-zh.md"));
        write(real.resolve("guides/README.md"));
        write(real.resolve("statutes/articles.jsonl"));
        write(real.resolve("lexicon/lay-terms.tsv"));
        Path link = Files.createSymbolicLink(dir.resolve("knowledge"), real);

        assertThat(KnowledgeFiles.under(List.of(link)))
                .containsExactly(link.resolve("guides/zh/filing-zh.md"), link.resolve("statutes/articles.jsonl"));
    }

    @Test
    void a_configmap_style_mount_yields_each_file_once_and_hidden_folders_are_skipped() throws IOException {
        // Kubernetes mounts a ConfigMap as ..<timestamp>/file, ..data -> ..<timestamp>, file -> ..data/file
        Path mount = Files.createDirectories(dir.resolve("mount"));
        write(mount.resolve("..2026_11_27/fees-zh.md"));
        Files.createSymbolicLink(mount.resolve("..data"), mount.resolve("..2026_11_27"));
        Files.createSymbolicLink(mount.resolve("fees-zh.md"), mount.resolve("..data/fees-zh.md"));
        write(mount.resolve(".drafts/unpublished-zh.md"));

        assertThat(KnowledgeFiles.under(List.of(mount))).containsExactly(mount.resolve("fees-zh.md"));
    }

    @Test
    void a_single_file_is_taken_as_given_and_a_missing_path_is_skipped() throws IOException {
        Path statutes = write(dir.resolve("articles.jsonl.gz"));

        assertThat(KnowledgeFiles.under(List.of(statutes, dir.resolve("missing"))))
                .containsExactly(statutes);
    }

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
