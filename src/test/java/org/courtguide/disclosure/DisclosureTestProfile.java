package org.courtguide.disclosure;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Evaluation reports the test writes itself, and a staff token for the internal trace API. */
public class DisclosureTestProfile implements QuarkusTestProfile {

    static final String RETRIEVAL_REPORT = "target/disclosure-test/eval-articles.json";
    static final String ANSWERS_REPORT = "target/disclosure-test/eval-answers.json";
    static final String STAFF_TOKEN = "test-staff-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "court-guide.disclosure.retrieval-report",
                RETRIEVAL_REPORT,
                "court-guide.disclosure.answers-report",
                ANSWERS_REPORT,
                "court-guide.disclosure.operator",
                "Test District Court",
                "court-guide.staff.api-token",
                STAFF_TOKEN);
    }
}
