package org.courtguide.disclosure;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/** Formatting of measured figures for pages. */
@TemplateExtension
public class TrustTemplateExtensions {

    /** {@code {figure.percent}}: 0.5890 → "58.9 %". */
    static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    /** {@code {ms.millis}}: 40.5 → "40.5 ms". */
    static String millis(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f ms", value);
    }
}
