package org.courtguide.understanding;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtguide.privacy.CardLikeNumbers;

/**
 * The one exact rule of the understanding step: a money amount is a number written with a currency or a money scale
 * (10万元, 3万, 100,000 yuan, ¥5000, RMB 8000). A run of 16 to 19 digits, however spaced, is a bank-card-like number
 * and never an amount; neither is a bare number ("15 days", "6222").
 */
public final class MoneyAmounts {

    private static final Pattern AMOUNT = Pattern.compile(
            "(¥|￥|rmb\\s*|cny\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万|亿|千|k\\b|thousand\\b|million\\b)?\\s*"
                    + "(元|块|人民币|yuan\\b|rmb\\b|cny\\b)?");

    private MoneyAmounts() {}

    /** The text with every card-like digit run blanked out: the redactor's own shape rule. */
    public static String withoutCardNumbers(String text) {
        return CardLikeNumbers.blankOut(Normalizer.normalize(text, Normalizer.Form.NFKC));
    }

    public static Optional<BigDecimal> find(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = CardLikeNumbers.blankOut(t);
        Matcher m = AMOUNT.matcher(t);
        while (m.find()) {
            boolean currency = m.group(1) != null || m.group(5) != null;
            String scale = m.group(4);
            if (!currency && scale == null) {
                continue;
            }
            BigDecimal value =
                    new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : "." + m.group(3)));
            if (scale != null) {
                value = value.multiply(
                        switch (scale) {
                            case "万" -> BigDecimal.valueOf(10_000);
                            case "亿" -> BigDecimal.valueOf(100_000_000);
                            case "million" -> BigDecimal.valueOf(1_000_000);
                            default -> BigDecimal.valueOf(1_000);
                        });
            }
            return Optional.of(value);
        }
        return Optional.empty();
    }
}
