package org.courtguide.triage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts in yuan as people type them: digits, optional thousands separators, at most two decimals. */
final class Amounts {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");

    private Amounts() {
    }

    /** Empty for text that is not an amount; separators (, ， and spaces) are ignored. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replaceAll("[,，\\s]", "").replaceAll("(元|yuan|RMB|rmb|¥|￥)$", "");
        return AMOUNT.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    /** 100000 → "100,000"; 1150.5 → "1,150.5". */
    static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
