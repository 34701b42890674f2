package org.courtguide.knowledge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtguide.retrieval.KnowledgeIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The index folder is a real 16 MB tmpfs that the test fills up, so the kernel answers ENOSPC. A re-index that needs
 * space then fails cleanly: nothing of it reaches the index, the library and search keep answering from the last
 * commit, the readiness check reports the problem, and once space is freed the next re-index succeeds without a
 * restart.
 */
@QuarkusTest
@TestProfile(FullDiskProfile.class)
class IndexDiskFullTest {

    private static final Path FILLER = FullDiskProfile.INDEX.resolve("filler.bin");
    private static final Path NEW_GUIDE = FullDiskProfile.KNOWLEDGE.resolve("disk-probe-en.md");

    @Inject
    KnowledgeIngestor ingestor;

    @Inject
    IngestProgress progress;

    @Inject
    KnowledgeIndex index;

    @AfterEach
    void freeSpace() throws IOException {
        Files.deleteIfExists(FILLER);
    }

    /** Writes until the file system refuses: afterwards not one more block fits. */
    private static void fillTheDisk() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(FILLER)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException expected) {
            assertThat(expected.getMessage()).contains("No space left on device");
        }
    }

    private static String newGuide() throws IOException {
        // a real guide under a new id, so the test can tell whether it reached the index
        return Files.readString(Path.of("knowledge", "guides", "en", "fees-en.md"))
                .replaceFirst("(?m)^id: fees-en$", "id: disk-probe-en")
                .replaceFirst("(?m)^title: .*$", "title: Paying court fees (second copy)");
    }

    private static JsonPath ready() {
        return given().when().get("/q/health/ready").then().extract().jsonPath();
    }

    @Test
    void a_full_disk_fails_the_reindex_cleanly_keeps_answering_and_recovers_once_space_is_freed() throws Exception {
        Assumptions.assumeTrue(FullDiskProfile.mounted(), FullDiskProfile.reason());
        assertThat(given().when().get("/guides/fees-en").statusCode()).isEqualTo(200);
        String before = index.state().knowledgeVersion();
        long chunksBefore = index.size();

        Files.writeString(NEW_GUIDE, newGuide());
        fillTheDisk();
        assertThatThrownBy(ingestor::ingest).as("the re-index needs space it does not get");

        assertThat(progress.phase()).isEqualTo(IngestProgress.Phase.FAILED);
        assertThat(progress.problem()).isEqualTo("no space left on device for the index");
        assertThat(index.state().knowledgeVersion())
                .as("the last commit still rules")
                .isEqualTo(before);
        assertThat(index.size()).as("nothing half-written is searchable").isEqualTo(chunksBefore);
        // the library and search answer from the last committed index
        assertThat(given().when().get("/guides/fees-en").statusCode()).isEqualTo(200);
        assertThat(given().when().get("/guides/disk-probe-en").statusCode()).isEqualTo(404);
        JsonPath search = given().queryParam("q", "court fee")
                .queryParam("language", "en")
                .when()
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(search.getList("results")).isNotEmpty();
        assertThat(given().contentType("application/json")
                        .body("{\"question\":\"How much is the court fee?\"}")
                        .when()
                        .post("/api/ask")
                        .statusCode())
                .isEqualTo(200);
        // readiness stays up (the last index answers) and says what went wrong
        JsonPath health = ready();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("checks.find { it.name == 'knowledge-index' }.data.lastIngest"))
                .isEqualTo("failed");
        assertThat(health.getString("checks.find { it.name == 'knowledge-index' }.data.problem"))
                .isEqualTo("no space left on device for the index");

        Files.delete(FILLER);
        ingestor.ingest();

        assertThat(progress.phase()).isEqualTo(IngestProgress.Phase.DONE);
        assertThat(index.state().knowledgeVersion()).isNotEqualTo(before);
        assertThat(index.size()).isGreaterThan(chunksBefore);
        assertThat(given().when().get("/guides/disk-probe-en").statusCode()).isEqualTo(200);
        assertThat(ready().getString("checks.find { it.name == 'knowledge-index' }.data.lastIngest"))
                .isEqualTo("done");
    }
}
