package org.courtguide.answering;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** A configured OpenAI-compatible model, served by {@link OpenAiStub}; a time limit of 4 s (first calls of a cold JVM on a shared CPU take over 1 s). */
public class ModelProfile implements QuarkusTestProfile {

    static final String MODEL = "stub-model";
    public static final long TIMEOUT_MS = 4000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("court-guide.model.provider", "openai"),
                Map.entry("court-guide.model.name", MODEL),
                Map.entry("court-guide.model.api-key", "test-key"),
                // the stub model answers without an admission run; ModelAdmissionTest covers admission
                Map.entry("court-guide.admission.required", "false"),
                Map.entry(
                        "org.courtguide.answering.GenerativeAnswerer/generate/Timeout/value",
                        String.valueOf(TIMEOUT_MS)),
                Map.entry("org.courtguide.answering.GenerativeAnswerer/generate/Timeout/unit", "MILLIS"),
                Map.entry(
                        "org.courtguide.triage.proposal.ModelFieldProposer/propose/Timeout/value",
                        String.valueOf(TIMEOUT_MS)),
                Map.entry("org.courtguide.triage.proposal.ModelFieldProposer/propose/Timeout/unit", "MILLIS"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
