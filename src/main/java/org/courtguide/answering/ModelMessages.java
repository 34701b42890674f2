package org.courtguide.answering;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The visible strings of generated answers, in {@code messages/model_en.properties} and
 * {@code messages/model_zh.properties}; templates use {@code {model:key}}.
 */
@MessageBundle(value = "model", locale = "en")
public interface ModelMessages {

    /** Shown above an extractive answer given because the model did not answer. */
    @Message
    String banner_unavailable();

    /** Shown with a generated answer. */
    @Message
    String generated_note();

    /** Shown while a streamed answer is being written (not announced; the finished answer is). */
    @Message
    String streaming();
}
