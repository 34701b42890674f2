package org.courtguide.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Adds the legal terms for lay words found in a question ("房东" → "出租人 租赁"), from a lexicon kept as data
 * ({@code court-guide.retrieval.lexicon}). Statutes and guides use the legal terms; people use the lay words.
 */
@ApplicationScoped
public class QueryExpander {

    private static final Logger LOG = Logger.getLogger(QueryExpander.class);

    private final Map<String, List<String>> lexicon;

    @Inject
    QueryExpander(RetrievalConfig config) {
        this.lexicon = config.lexicon().map(QueryExpander::load).orElse(Map.of());
    }

    QueryExpander(Map<String, List<String>> lexicon) {
        this.lexicon = lexicon;
    }

    /** The legal terms for the lay words in {@code query}, without the words already in it; empty if none. */
    public String expansion(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        Set<String> terms = new LinkedHashSet<>();
        lexicon.forEach((lay, legal) -> {
            if (lower.contains(lay)) {
                legal.stream().filter(term -> !lower.contains(term)).forEach(terms::add);
            }
        });
        return String.join(" ", terms);
    }

    public int size() {
        return lexicon.size();
    }

    static Map<String, List<String>> load(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warnf("Query lexicon %s not found; searching without expansion", file);
            return Map.of();
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    LOG.warnf("Query lexicon %s: skipped a line without a tab", file.getFileName());
                    continue;
                }
                List<String> legal =
                        new ArrayList<>(List.of(line.substring(tab + 1).strip().split("\\s+")));
                entries.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), List.copyOf(legal));
            }
        } catch (IOException e) {
            LOG.warnf("Query lexicon %s unreadable; searching without expansion", file);
            return Map.of();
        }
        // file order, not Map.copyOf's: its iteration order changes from one JVM start to the next, and the expansion's
        // term order changes the text embedded for the dense search, so a restart could rank a question differently
        return Collections.unmodifiableMap(entries);
    }
}
