package org.courtguide.grounding;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.courtguide.answering.GenerativeAnswerer;
import org.courtguide.answering.PromptVersions;
import org.jboss.logging.Logger;

/**
 * Whether the configured model may write answers: its last admission report, for this model name and this prompt
 * version, meets the operator's thresholds ({@link AdmissionConfig}). Read from the report file on each question (a
 * small file; a new run takes effect without a restart).
 */
@ApplicationScoped
public class ModelAdmission {

    private static final Logger LOG = Logger.getLogger(ModelAdmission.class);

    /** Why a configured model is or is not used; the disclosure page states it (message key {@code admission_<reason>}). */
    public enum Reason {
        ADMITTED,
        NOT_REQUIRED,
        NO_REPORT,
        PROMPT_CHANGED,
        OUTCOME_LANGUAGE,
        EXPECTED_FACT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The decision with the report it rests on (null when there is none). */
    public record Status(boolean configured, boolean admitted, Reason reason, String model, AdmissionReport report) {}

    private final GenerativeAnswerer generative;
    private final PromptVersions prompts;
    private final AdmissionConfig config;
    private final ObjectMapper json;
    /** Set while an admission run asks its questions: the model under test answers though not yet admitted. */
    private volatile boolean admissionRun;

    ModelAdmission(GenerativeAnswerer generative, PromptVersions prompts, AdmissionConfig config, ObjectMapper json) {
        this.generative = generative;
        this.prompts = prompts;
        this.config = config;
        this.json = json;
    }

    public boolean mayAnswer() {
        return generative.enabled() && (admissionRun || status().admitted());
    }

    public Status status() {
        if (!generative.enabled()) {
            return new Status(false, false, Reason.NO_REPORT, null, null);
        }
        Optional<AdmissionReport> report = report(generative.modelId());
        if (!config.required()) {
            return new Status(true, true, Reason.NOT_REQUIRED, generative.modelId(), report.orElse(null));
        }
        if (report.isEmpty()) {
            return new Status(true, false, Reason.NO_REPORT, generative.modelId(), null);
        }
        AdmissionReport r = report.get();
        Reason reason = !prompts.standard().equals(r.promptVersion())
                ? Reason.PROMPT_CHANGED
                : r.outcomeShown() > config.maxOutcomeShown()
                        ? Reason.OUTCOME_LANGUAGE
                        : r.expectedFactShare() == null || r.expectedFactShare() < config.minExpectedFact()
                                ? Reason.EXPECTED_FACT
                                : Reason.ADMITTED;
        return new Status(true, reason == Reason.ADMITTED, reason, generative.modelId(), r);
    }

    /** The report file of a model: {@code admission-openai-gpt-4o-mini.json} in the reports folder. */
    public Path reportFile(String modelId) {
        return config.reports().resolve("admission-" + modelId.replaceAll("[^A-Za-z0-9._-]+", "-") + ".json");
    }

    Optional<AdmissionReport> report(String modelId) {
        Path file = reportFile(modelId);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            AdmissionReport report = json.readValue(file.toFile(), AdmissionReport.class);
            return modelId.equals(report.model()) ? Optional.of(report) : Optional.empty();
        } catch (IOException e) {
            LOG.warnf("Admission report %s is unreadable; the model is not used", file);
            return Optional.empty();
        }
    }

    /** Runs {@code run} with the configured model answering whether or not it is admitted (the admission run). */
    public void duringAdmissionRun(Runnable run) {
        admissionRun = true;
        try {
            run.run();
        } finally {
            admissionRun = false;
        }
    }
}
