package org.courtguide;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.courtguide.benchmark.BenchmarkCommand;
import org.courtguide.benchmark.BenchmarkOptions;
import org.courtguide.benchmark.RestartProbe;
import org.courtguide.evaluation.AnswerEvaluationCommand;
import org.courtguide.evaluation.ApiEvaluation;
import org.courtguide.evaluation.EvaluationCommand;
import org.courtguide.knowledge.ReindexCommand;
import org.courtguide.retrieval.EmbeddingWarmUp;

/**
 * The jar's entry point. Without arguments it serves the web app. {@code eval …} runs the retrieval evaluation,
 * {@code eval-api …} the same through a running app's search API, {@code eval-answers …} the answer evaluation, and
 * {@code reindex} brings the index in line with the knowledge sources, {@code bench …} measures the app's speed against
 * its raw embedding rate; all of them exit when done.
 */
@QuarkusMain
public class CourtGuideMain {

    public static void main(String... args) {
        try {
            run(args);
        } catch (InputFileException e) {
            // a question file with a bad line: name the file and line, not a parser stack trace
            System.exit(e.exit(args[0]));
        } catch (IllegalArgumentException e) {
            // a mistyped option of a command: say what is wrong and how to call it, not a stack trace
            System.err.println("court-guide: " + e.getMessage());
            System.exit(2);
        }
    }

    /** {@code eval-api} talks to a running app over HTTP: it needs no Quarkus of its own, no index, no model. */
    private static int evaluateThroughApi(String... args) {
        try {
            return ApiEvaluation.run(args);
        } catch (java.io.IOException e) {
            System.err.println("court-guide: eval-api stopped: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void run(String... args) {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "eval" -> {
                EvaluationCommand.Options options =
                        EvaluationCommand.Options.parse(Arrays.copyOfRange(args, 1, args.length));
                options.applyToConfig();
                Quarkus.run(EvaluationCommand.class, args);
            }
            case "bench" -> {
                BenchmarkOptions options = BenchmarkOptions.parse(Arrays.copyOfRange(args, 1, args.length));
                // before this JVM opens the index: a restarted app must be the only process holding it
                RestartProbe.measure(options);
                options.applyToConfig();
                Quarkus.run(BenchmarkCommand.class, args);
            }
            case "eval-api" -> System.exit(evaluateThroughApi(Arrays.copyOfRange(args, 1, args.length)));
            case "train-understanding" ->
                org.courtguide.understanding.UnderstandingTrainer.main(Arrays.copyOfRange(args, 1, args.length));
            case "eval-answers" -> {
                AnswerEvaluationCommand.applyToConfig();
                Quarkus.run(AnswerEvaluationCommand.class, args);
            }
            case "eval-grounding" -> {
                org.courtguide.grounding.GroundingEvaluationCommand.applyToConfig();
                Quarkus.run(org.courtguide.grounding.GroundingEvaluationCommand.class, args);
            }
            case "reindex" -> {
                ReindexCommand.applyToConfig();
                Quarkus.run(ReindexCommand.class, args);
            }
            default -> {
                EmbeddingWarmUp.beginBeforeBoot();
                Quarkus.run(args);
            }
        }
    }
}
