package org.courtguide.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.courtguide.Language;

/**
 * Surface features of a question: hashed character uni- and bigrams for Chinese (words are not separated), hashed
 * word uni- and bigrams for English, binary and L2-normalised. Digits collapse to one symbol so that "15 days" and
 * "30 days" look alike. They carry what an embedding of the whole sentence blurs: the asking words ("几天", "多少钱",
 * "which court").
 */
public final class TextFeatures {

    /** Hash buckets of the surface features. */
    public static final int BUCKETS = 4096;

    private TextFeatures() {}

    /** Sparse vector: bucket → weight, L2-normalised. */
    public static Map<Integer, Double> of(String text, Language language) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\d+", "0");
        List<String> tokens = new ArrayList<>();
        if (language == Language.ZH) {
            StringBuilder run = new StringBuilder();
            t.codePoints().forEach(cp -> {
                if (Character.isLetterOrDigit(cp)) {
                    run.appendCodePoint(cp);
                } else {
                    addCharGrams(run.toString(), tokens);
                    run.setLength(0);
                }
            });
            addCharGrams(run.toString(), tokens);
        } else {
            String[] words = t.split("[^a-z0']+");
            String previous = "^";
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                tokens.add("w:" + w);
                tokens.add("b:" + previous + " " + w);
                previous = w;
            }
        }
        Map<Integer, Double> vector = new LinkedHashMap<>();
        for (String token : tokens) {
            vector.put(Math.floorMod(token.hashCode(), BUCKETS), 1.0);
        }
        double norm = Math.sqrt(vector.size());
        vector.replaceAll((k, v) -> v / (norm == 0 ? 1 : norm));
        return vector;
    }

    private static void addCharGrams(String run, List<String> tokens) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            tokens.add("u:" + new String(cps, i, 1));
            if (i + 1 < cps.length) {
                tokens.add("b:" + new String(cps, i, 2));
            }
        }
        if (cps.length > 0) {
            // clause start and end carry the asking words ("怎么办", "多少钱")
            tokens.add("e:" + new String(cps, Math.max(0, cps.length - 2), Math.min(2, cps.length)));
        }
    }
}
