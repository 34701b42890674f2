package org.courtguide.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtguide.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question file with a bad line ({@code NaN} where a number should be) stopped {@code eval} with a parser stack
 * trace. Every command reads its questions through the same reader and stops with one sentence that names the file
 * and the line, and a non-zero exit code.
 */
class BadInputFileTest {

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();

    private Path questions(String... lines) throws IOException {
        Path file = folder.resolve("dev.jsonl");
        Files.write(file, java.util.List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private Path withNaNOnLineThree() throws IOException {
        return questions(
                "{\"id\":\"q1\",\"question\":\"怎么起诉？\",\"gold\":[{\"doc_id\":\"a\"}]}",
                "",
                "{\"id\":\"q2\",\"question\":\"上诉期限？\",\"score\":NaN}");
    }

    @Test
    void a_nan_in_a_question_file_is_reported_with_the_file_and_line_in_one_sentence() throws IOException {
        Path file = withNaNOnLineThree();

        assertThatThrownBy(() -> EvalQuestion.read(json, file, 0))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(file + " line 3")
                .hasMessageContaining("NaN")
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("JsonReadFeature")
                .hasMessageEndingWith(".");
    }

    @Test
    void eval_api_stops_on_the_bad_line_before_it_asks_any_server() throws IOException {
        Path file = withNaNOnLineThree();

        // port 9 (discard) is closed here: reaching the network would fail differently
        assertThatThrownBy(() -> ApiEvaluation.run("--url", "http://127.0.0.1:9/", "--questions", file.toString()))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void eval_answers_names_the_bad_line_and_a_question_in_an_unknown_language() throws IOException {
        Path broken = questions(
                "{\"id\":\"a01\",\"question\":\"怎么起诉？\",\"language\":\"zh\"}",
                "{\"id\":\"a02\",\"question\":\"怎么上诉？\",\"language\":\"zh\"");
        assertThatThrownBy(() -> AnswerEvaluationCommand.readQuestions(json, broken))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining(broken + " line 2")
                .hasMessageContaining("ends before the JSON does");

        Path unclear = questions("{\"id\":\"a01\",\"question\":\"怎么起诉？\",\"language\":\"fr\"}");
        assertThatThrownBy(() -> AnswerEvaluationCommand.readQuestions(json, unclear))
                .hasMessageContaining("question 1")
                .hasMessageContaining("fr");
    }

    @Test
    void a_missing_file_is_named() {
        Path missing = folder.resolve("nowhere.jsonl");

        assertThatThrownBy(() -> EvalQuestion.read(json, missing, 0))
                .isInstanceOf(InputFileException.class)
                .hasMessage(missing + " does not exist.");
    }

    @Test
    void the_command_prints_one_line_and_exits_non_zero() throws IOException {
        Path file = withNaNOnLineThree();
        InputFileException failure = catchFailure(file);
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = failure.exit("eval");
        } finally {
            System.setErr(stderr);
        }

        assertThat(code).isNotZero();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .startsWith("court-guide: eval stopped: " + file + " line 3")
                .hasLineCount(1)
                .doesNotContain("at com.fasterxml");
    }

    private InputFileException catchFailure(Path file) {
        try {
            EvalQuestion.read(json, file, 0);
        } catch (InputFileException e) {
            return e;
        }
        throw new AssertionError("the bad line was accepted");
    }
}
