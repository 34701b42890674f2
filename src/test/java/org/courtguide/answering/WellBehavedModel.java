package org.courtguide.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtguide.grounding.CitedSentences;

/**
 * The answers a well-behaved model writes: from the retrieved sources only, one or two sentences of each of the first
 * two sources, cited, and lightly reworded the way models do: the statute references in brackets dropped and small
 * numbers of days written in words ("7日" → "七日", "15 days" → "fifteen days"), so the numeral normaliser is
 * exercised too. Used to measure how many good answers the grounding check throws away.
 */
public final class WellBehavedModel {

    private static final Pattern ZH_REFERENCE = Pattern.compile("（[^（）]*[《第][^（）]*）");
    private static final Pattern EN_REFERENCE =
            Pattern.compile("\\s*\\((?:[^()]*(?:Law|Interpretation|Measures|Provisions|Code|Art\\.|Arts\\.)[^()]*)\\)");
    private static final Pattern ZH_DAYS = Pattern.compile("(?<!\\d)(\\d{1,2})(日|天|个月)");
    private static final Pattern EN_DAYS = Pattern.compile("\\b(\\d{1,2}) (days|months|years)\\b");
    private static final String[] ZH_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final Map<Integer, String> EN_WORDS = Map.ofEntries(
            Map.entry(2, "two"),
            Map.entry(3, "three"),
            Map.entry(5, "five"),
            Map.entry(6, "six"),
            Map.entry(7, "seven"),
            Map.entry(10, "ten"),
            Map.entry(15, "fifteen"),
            Map.entry(20, "twenty"),
            Map.entry(30, "thirty"));

    private WellBehavedModel() {}

    public static String answer(PromptSources sources) {
        List<String> sentences = new ArrayList<>();
        for (int n = 1; n <= Math.min(2, sources.count()); n++) {
            int taken = 0;
            for (CitedSentences.Sentence s : CitedSentences.split(sources.text(n))) {
                String plain = s.plain();
                if (taken == (n == 1 ? 2 : 1) || plain.length() < 12 || plain.endsWith("：") || plain.endsWith(":")) {
                    continue;
                }
                sentences.add(cite(reword(plain), n));
                taken++;
            }
        }
        boolean chinese = sources.count() > 0
                && sources.text(1)
                        .codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return String.join(chinese ? "" : " ", sentences);
    }

    private static String reword(String sentence) {
        String t = ZH_REFERENCE.matcher(sentence).replaceAll("");
        t = EN_REFERENCE.matcher(t).replaceAll("");
        Matcher zh = ZH_DAYS.matcher(t);
        t = zh.replaceAll(m -> chinese(Integer.parseInt(m.group(1))) + m.group(2));
        Matcher en = EN_DAYS.matcher(t);
        return en.replaceAll(m -> EN_WORDS.getOrDefault(Integer.parseInt(m.group(1)), m.group(1)) + " " + m.group(2));
    }

    private static String chinese(int n) {
        if (n < 10) {
            return ZH_DIGITS[n];
        }
        return (n / 10 == 1 ? "" : ZH_DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : ZH_DIGITS[n % 10]);
    }

    /** The marker goes before the sentence's closing punctuation, as models write it. */
    private static String cite(String sentence, int n) {
        String s = sentence.strip();
        char last = s.charAt(s.length() - 1);
        if ("。；！？.;!?".indexOf(last) >= 0) {
            String end = last == '；' ? "。" : last == ';' ? "." : String.valueOf(last);
            return s.substring(0, s.length() - 1) + "[" + n + "]" + end;
        }
        return s + "[" + n + "]" + (Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN ? "。" : ".");
    }
}
