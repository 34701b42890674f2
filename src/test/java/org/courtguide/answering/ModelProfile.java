package org.courtguide.answering;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A configured OpenAI-compatible model, served by {@link OpenAiStub}; a time limit of 4 s (first calls of a cold JVM on a shared CPU take over 1 s). */
public class ModelProfile implements QuarkusTestProfile {

    static final String MODEL = "stub-model";
    public static final long TIMEOUT_MS = 4000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("court-guide.model.provider", "openai",
                "court-guide.model.name", MODEL,
                "court-guide.model.api-key", "test-key",
                "org.courtguide.answering.GenerativeAnswerer/generate/Timeout/value", String.valueOf(TIMEOUT_MS),
                "org.courtguide.answering.GenerativeAnswerer/generate/Timeout/unit", "MILLIS",
                "org.courtguide.triage.proposal.ModelFieldProposer/propose/Timeout/value", String.valueOf(TIMEOUT_MS),
                "org.courtguide.triage.proposal.ModelFieldProposer/propose/Timeout/unit", "MILLIS");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
