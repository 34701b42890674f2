package org.courtguide.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The visible strings of this package: {@code messages/security_en.properties} and {@code security_zh.properties}. */
@MessageBundle(value = "security", locale = "en")
public interface SecurityMessages {

    @Message
    String loading_heading();

    @Message
    String loading_text();

    @Message
    String too_many_heading();

    @Message
    String too_many_text(long seconds);

    @Message
    String form_expired_heading();

    @Message
    String form_expired_text();

    @Message
    String unavailable_heading();

    @Message
    String unavailable_text();

    @Message
    String unavailable_contacts();

    @Message
    String too_large_heading();

    @Message
    String too_large_text();

    @Message
    String uri_too_long_text();

    @Message
    String headers_too_large_text();

    @Message
    String back_home();

    @Message
    String talk_to_person();
}
