package org.courtguide.web;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits English text into runs so that Chinese words inside it, such as "Complaint (起诉状)", can be marked
 * {@code lang="zh"} and read with a Chinese voice (WCAG SC 3.1.2, language of parts). Latin words inside Chinese text
 * are names and numbers, which the criterion exempts, so Chinese text stays one run.
 */
public final class LanguageRuns {

    private LanguageRuns() {}

    /** A piece of text; {@code lang} is set only where it differs from the surrounding language. */
    public record Run(String text, String lang) {}

    public static List<Run> split(String text, String baseLang) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (!"en".equals(baseLang)) {
            return List.of(new Run(text, null));
        }
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean chinese = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean han = isChinese(cp);
            // punctuation and spaces stay with the run they are in
            boolean neutral = !han && !Character.isLetterOrDigit(cp);
            if (!neutral && han != chinese && !current.isEmpty()) {
                runs.add(new Run(current.toString(), chinese ? "zh" : null));
                current.setLength(0);
            }
            if (!neutral) {
                chinese = han;
            }
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), chinese ? "zh" : null));
        }
        return runs;
    }

    static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** {@code {#for run in entry.term.runs(answer.lang)}}: the runs of a text in a passage of that language. */
    @TemplateExtension
    static List<Run> runs(String text, String lang) {
        return split(text, lang);
    }
}
