package org.courtguide.laws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chinese numerals in statute text ("三十日", "百分之十", "一千元") read as numbers. */
public final class ChineseNumerals {

    private static final Pattern PERCENT = Pattern.compile("百分之([零〇一二两三四五六七八九十百]+)");
    private static final Pattern NUMERAL = Pattern.compile("[零〇一二两三四五六七八九十百千万]+");
    private static final String DIGITS = "零一二三四五六七八九";
    private static final Pattern ARABIC_WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)万");

    private ChineseNumerals() {}

    /** The value of a numeral such as 十五, 一百二十七, 两, 五万; -1 if it is not one. */
    public static long value(String numeral) {
        long total = 0;
        long section = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    /**
     * The text with every Chinese numeral written in Arabic digits, full-width digits as ASCII ("７日" → "7日"),
     * "10万" as 100000 and 百分之N as N%.
     */
    public static String toArabic(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        Matcher wan = ARABIC_WAN.matcher(ascii);
        StringBuilder withoutWan = new StringBuilder();
        while (wan.find()) {
            wan.appendReplacement(
                    withoutWan,
                    new java.math.BigDecimal(wan.group(1))
                            .multiply(java.math.BigDecimal.valueOf(10000))
                            .stripTrailingZeros()
                            .toPlainString());
        }
        wan.appendTail(withoutWan);
        Matcher percent = PERCENT.matcher(withoutWan);
        StringBuilder withPercent = new StringBuilder();
        while (percent.find()) {
            percent.appendReplacement(withPercent, value(percent.group(1)) + "%");
        }
        percent.appendTail(withPercent);
        Matcher m = NUMERAL.matcher(withPercent);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long v = value(m.group());
            m.appendReplacement(out, v < 0 ? m.group() : Long.toString(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
