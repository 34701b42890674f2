package org.courtguide.privacy;

import org.courtguide.Language;

/** The kinds of personal data the redactor replaces, each with the placeholder that stands in for it. */
public enum PiiKind {
    ID_NUMBER("[身份证号]", "[ID number]"),
    PHONE("[电话号码]", "[phone number]"),
    EMAIL("[邮箱]", "[email]"),
    BANK_CARD("[银行卡号]", "[bank card number]"),
    CASE_NUMBER("[案号]", "[case number]"),
    NAME("[姓名]", "[name]"),
    ADDRESS("[地址]", "[address]");

    private final String zh;
    private final String en;

    PiiKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The placeholder in the language of the text it goes into, so that a redacted question still reads naturally. */
    public String placeholder(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
