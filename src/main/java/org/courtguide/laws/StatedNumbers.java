package org.courtguide.laws;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantities a text states — days, months, years, hours, amounts of money, percentages and multiples — as
 * value and unit, so a guide's figures can be compared with the statute text they cite. Chinese numerals are read as
 * numbers first; dates and article numbers are not quantities.
 */
public final class StatedNumbers {

    /** A stated quantity in a common unit (day, month, year, hour, yuan, percent, times). */
    public record Quantity(java.math.BigDecimal value, String unit) {
        @Override
        public String toString() {
            return value.toPlainString() + " " + unit;
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:January|February|March|April|May|June"
                    + "|July|August|September|October|November|December) \\d{4}|第\\d+[条款项编章节]");
    private static final Pattern ZH_QUANTITY =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(个工作日|日|天|个月|月|周岁|年|小时|万元|元|%|倍)");
    private static final Pattern EN_QUANTITY = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)[-\\s]?"
                    + "(working days?|days?|months?|years?|hours?|yuan|%|per ?cent|times)\\b",
            Pattern.CASE_INSENSITIVE);

    private StatedNumbers() {}

    /**
     * A worked example ("例如请求还款10万元，受理费为…＝2300元", "For example, a claim of …") computes its figures from the
     * rules it illustrates; they are not in any statute, so sentences that say they are examples are not read.
     */
    private static final Pattern EXAMPLE = Pattern.compile("例如|举例|假如|(?i:for example|e\\.g\\.)");

    private static final Pattern EN_SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])|[。！？；\\n]");

    public static Set<Quantity> in(String text) {
        StringBuilder stated = new StringBuilder();
        for (String sentence : EN_SENTENCE_END.split(text)) {
            if (!EXAMPLE.matcher(sentence).find()) {
                stated.append(sentence).append('\n');
            }
        }
        String plain = DATE.matcher(ChineseNumerals.toArabic(stated.toString())).replaceAll(" ");
        Set<Quantity> found = new LinkedHashSet<>();
        Matcher zh = ZH_QUANTITY.matcher(plain);
        while (zh.find()) {
            found.add(quantity(zh.group(1), zh.group(2)));
        }
        Matcher en = EN_QUANTITY.matcher(plain);
        while (en.find()) {
            found.add(quantity(en.group(1), en.group(2)));
        }
        return found;
    }

    private static Quantity quantity(String number, String unit) {
        java.math.BigDecimal value = new java.math.BigDecimal(number.replace(",", "")).stripTrailingZeros();
        String u = unit.toLowerCase().replace(" ", "");
        if (u.equals("万元")) {
            return new Quantity(
                    value.multiply(java.math.BigDecimal.valueOf(10000)).stripTrailingZeros(), "yuan");
        }
        String common = switch (u) {
            case "个工作日", "workingday", "workingdays", "日", "天", "day", "days" -> "day";
            case "个月", "月", "month", "months" -> "month";
            case "周岁", "年", "year", "years" -> "year";
            case "小时", "hour", "hours" -> "hour";
            case "元", "yuan" -> "yuan";
            case "%", "percent" -> "percent";
            default -> "times";
        };
        return new Quantity(value, common);
    }
}
