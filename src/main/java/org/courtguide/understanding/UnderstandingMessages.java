package org.courtguide.understanding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of answers composed from the question's understanding (declines with their reason, the word on rights
 * questions), in {@code messages/understanding_en.properties} and {@code messages/understanding_zh.properties}.
 */
@MessageBundle(value = "understanding", locale = "en")
public interface UnderstandingMessages {

    @Message
    String decline_predict();

    @Message
    String decline_predict_whom();

    @Message
    String decline_strategy();

    @Message
    String decline_jurisdiction();

    @Message
    String decline_criminal();

    @Message
    String decline_off_topic();

    @Message
    String decline_not_in_guides();

    @Message
    String contacts();

    @Message
    String rights_note();

    @Message
    String part_label(String n);

    @Message
    String legal_aid_guide();
}
