package org.courtguide.triage;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in yuan as people write them: "18000", "18,000元", "１８０００" (full-width), "1.8万", "1万8", "2万5千",
 * "一万八千元", "壹万捌仟元", "¥18,000", "RMB 18,000", "18,000 yuan". At most two decimals, never negative.
 */
public final class Amounts {

    /** Plain digits with at most two decimals, after separators and units are gone. */
    private static final Pattern PLAIN = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");

    private static final Pattern PREFIX = Pattern.compile("^(?:¥|(?i:rmb|cny))\\s*");
    private static final Pattern SUFFIX = Pattern.compile("\\s*(?:元整|元|块钱|块|(?i:yuan|rmb|cny))$");
    /** Thousands separators between digits: "18,000", "18 000". */
    private static final Pattern GROUPING = Pattern.compile("(?<=\\d)[,\\s](?=\\d{3})");

    private static final String NUMERAL = "[0-9.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]";
    /**
     * An amount in running text: numerals followed by a currency word, or a currency sign followed by digits. Without
     * the currency the text could be a date, a count or an ID, so nothing else is read.
     */
    private static final Pattern IN_TEXT = Pattern.compile("(?:¥|(?i:rmb|cny)\\s?)\\s*(?<signed>\\d[\\d,]*(?:\\.\\d+)?"
            + "(?:\\s?万)?)|(?<worded>" + NUMERAL + "(?:" + NUMERAL + "|,(?=\\d{3}))*)\\s?(?:元|块|(?i:yuan\\b))");

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FINANCIAL_DIGITS = "〇壹贰叁肆伍陆柒捌玖";

    private Amounts() {}

    /** An amount read from the text, and the words it was read from (to show the person what was understood). */
    record Found(BigDecimal amount, String words) {}

    /** Empty for text that is not an amount. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // NFKC turns full-width digits, comma and point into ASCII ones
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace('，', ',');
        plain = PREFIX.matcher(plain).replaceFirst("");
        plain = SUFFIX.matcher(plain).replaceFirst("");
        plain = GROUPING.matcher(plain).replaceAll("").strip();
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        if (PLAIN.matcher(plain).matches()) {
            return Optional.of(new BigDecimal(plain));
        }
        return withUnits(plain).filter(a -> a.scale() <= 2 && a.precision() - a.scale() <= 13);
    }

    /**
     * The amounts the text names with a currency, each once. Used to propose the amount from the description, for
     * the person to confirm; never to decide anything.
     */
    static List<Found> findIn(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Matcher m = IN_TEXT.matcher(normalised);
        while (m.find()) {
            String words = m.group("signed") != null ? m.group("signed") : m.group("worded");
            Optional<BigDecimal> amount = parse(words.strip());
            if (amount.isPresent()
                    && amount.get().signum() > 0
                    && found.stream().noneMatch(f -> f.amount().compareTo(amount.get()) == 0)) {
                found.add(new Found(amount.get(), m.group().strip()));
            }
        }
        return found;
    }

    /**
     * Numerals with the units 十, 百, 千, 万 and 亿, Arabic or Chinese digits or both: "1.8万", "1万8" (= 18,000, the
     * trailing digit counts in the next smaller unit, as people say it), "一万零八百", "两千五".
     */
    private static Optional<BigDecimal> withUnits(String text) {
        BigDecimal total = BigDecimal.ZERO; // everything above the current 万 or 亿 group
        BigDecimal group = BigDecimal.ZERO; // the current group below 万
        BigDecimal number = null; // the digits not yet given a unit
        long lastUnit = 0;
        boolean zeroSinceUnit = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '.') {
                int end = i;
                while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                if (number != null) {
                    return Optional.empty();
                }
                String digits = text.substring(i, end);
                if (!digits.matches("\\d+(\\.\\d+)?")) {
                    return Optional.empty();
                }
                number = new BigDecimal(digits);
                i = end;
                continue;
            }
            int digit = digit(c);
            if (digit == 0) {
                if (number != null) {
                    return Optional.empty();
                }
                zeroSinceUnit = true;
            } else if (digit > 0) {
                if (number != null) {
                    return Optional.empty();
                }
                number = BigDecimal.valueOf(digit);
            } else {
                long unit = unit(c);
                if (unit == 0) {
                    return Optional.empty();
                }
                if (unit < 10_000 && number == null && !(unit == 10 && group.signum() == 0)) {
                    // "千百": a unit needs its digit; only 十 may stand alone, as in "十五"
                    return Optional.empty();
                }
                if (unit < 10_000) {
                    group = group.add((number == null ? BigDecimal.ONE : number).multiply(BigDecimal.valueOf(unit)));
                } else {
                    BigDecimal value = group.add(number == null ? BigDecimal.ZERO : number);
                    if (value.signum() == 0) {
                        return Optional.empty();
                    }
                    if (unit == 10_000) {
                        total = total.add(value.multiply(BigDecimal.valueOf(unit)));
                    } else {
                        total = total.add(value).multiply(BigDecimal.valueOf(unit));
                    }
                    group = BigDecimal.ZERO;
                }
                number = null;
                lastUnit = unit;
                zeroSinceUnit = false;
            }
            i++;
        }
        if (lastUnit == 0) {
            return Optional.empty();
        }
        if (number != null) {
            // "1万8", "两千五": one digit right after a unit counts in the next smaller unit; after 零 it is ones
            boolean shorthand =
                    !zeroSinceUnit && lastUnit >= 100 && number.scale() <= 0 && number.compareTo(BigDecimal.TEN) < 0;
            group = group.add(shorthand ? number.multiply(BigDecimal.valueOf(lastUnit / 10)) : number);
        }
        return Optional.of(total.add(group).stripTrailingZeros()).map(a -> a.scale() < 0 ? a.setScale(0) : a);
    }

    /** 0–9 for a Chinese digit (两 is 2), −1 for anything else. */
    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int plain = DIGITS.indexOf(c);
        if (plain >= 0) {
            return plain;
        }
        if (c == '〇') {
            return 0;
        }
        return FINANCIAL_DIGITS.indexOf(c);
    }

    private static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1_000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> 0;
        };
    }

    /** 100000 → "100,000"; 1150.5 → "1,150.5". */
    public static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
