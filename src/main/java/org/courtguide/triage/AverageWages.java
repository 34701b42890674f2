package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtguide.Language;

/**
 * The provinces and their average annual wage of employed persons, from {@code average-wages.yaml}, and the small
 * claims threshold that follows (Civil Procedure Law Article 165). A province without a figure has no threshold:
 * it is never guessed.
 */
@ApplicationScoped
public class AverageWages {

    record Province(String code, Map<Language, String> names, BigDecimal wage, String year, String source) {}

    /** The threshold of one province, with the year of the wage it comes from. */
    record Threshold(BigDecimal amount, String year) {}

    private final Map<String, Province> provinces;
    private final BigDecimal fraction;

    @Inject
    AverageWages(TriageConfig config) {
        this(DataFiles.load(config.wages()), config.smallClaimsFraction());
    }

    AverageWages(DataFiles.Loaded loaded, double fraction) {
        String where = "Average wages " + loaded.source();
        Map<String, Province> read = new LinkedHashMap<>();
        DataFiles.map(loaded.root().get("provinces"), where + " provinces").forEach((code, value) -> {
            Map<?, ?> entry = DataFiles.map(value, where + " " + code);
            BigDecimal wage = DataFiles.number(entry.get("wage"), where + " " + code + ".wage");
            String year = DataFiles.word(entry.get("year"));
            if (wage != null
                    && (year.isEmpty() || DataFiles.word(entry.get("source")).isEmpty())) {
                throw new IllegalStateException(where + " " + code + ": a wage needs its year and source");
            }
            read.put(
                    String.valueOf(code),
                    new Province(
                            String.valueOf(code),
                            DataFiles.texts(entry, where + " " + code),
                            wage,
                            year,
                            DataFiles.word(entry.get("source"))));
        });
        if (fraction <= 0 || fraction > 1) {
            throw new IllegalStateException("court-guide.triage.small-claims-fraction must be in (0, 1]");
        }
        this.provinces = read;
        this.fraction = BigDecimal.valueOf(fraction);
    }

    List<Province> provinces() {
        return new ArrayList<>(provinces.values());
    }

    boolean known(String code) {
        return provinces.containsKey(code);
    }

    Optional<String> name(String code, Language language) {
        return Optional.ofNullable(provinces.get(code)).map(p -> p.names().get(language));
    }

    /** Empty when the province is unknown or has no wage figure yet. */
    Optional<Threshold> smallClaimsThreshold(String code) {
        Province province = provinces.get(code);
        if (province == null || province.wage() == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Threshold(province.wage().multiply(fraction).setScale(0, RoundingMode.DOWN), province.year()));
    }

    /** The fraction as a percentage for display, e.g. "50". */
    String percent() {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
    }
}
