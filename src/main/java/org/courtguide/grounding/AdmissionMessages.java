package org.courtguide.grounding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The disclosure page's statement on the configured model's admission, in {@code messages/admission_en.properties}
 * and {@code messages/admission_zh.properties}; templates use {@code {admission:key}}.
 */
@MessageBundle(value = "admission", locale = "en")
public interface AdmissionMessages {

    @Message
    String heading();

    @Message
    String admitted(String model);

    @Message
    String not_required(String model);

    @Message
    String no_report(String model);

    @Message
    String prompt_changed(String model);

    @Message
    String outcome_language(String model);

    @Message
    String expected_fact(String model);

    @Message
    String caption(String model, String date);

    @Message
    String questions();

    @Message
    String shown();

    @Message
    String fell_back();

    @Message
    String expected_fact_share();

    @Message
    String outcome_shown();

    @Message
    String latency_p95();
}
