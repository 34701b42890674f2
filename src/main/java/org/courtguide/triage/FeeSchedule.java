package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;

/**
 * The case acceptance fee of a property (money) case, from the cumulative bands of the Measures on the Payment of
 * Litigation Costs (Article 13) kept in {@code fee-bands.yaml}, with the reductions of Articles 14(3), 15 and 16. The
 * file's worked examples are checked when it loads: a band typed wrongly stops the app instead of misquoting fees.
 */
@ApplicationScoped
public class FeeSchedule {

    record Band(BigDecimal upTo, BigDecimal rate) {}

    /** A reduction factor and the article that grants it. */
    record Reduction(BigDecimal factor, Map<Language, String> source) {}

    /** What a money claim costs to file, and the reduced fees, in yuan (two decimals at most). */
    public record Estimate(
            BigDecimal amount,
            BigDecimal fee,
            BigDecimal simplified,
            BigDecimal mediationOrWithdrawal,
            BigDecimal paymentOrder) {}

    private final BigDecimal flatUpTo;
    private final BigDecimal flatFee;
    private final List<Band> bands;
    private final Map<Language, String> source;
    private final Reduction simplified;
    private final Reduction mediation;
    private final Reduction paymentOrder;

    @Inject
    FeeSchedule(TriageConfig config) {
        this(DataFiles.load(config.fees()));
    }

    FeeSchedule(DataFiles.Loaded loaded) {
        Map<?, ?> root = loaded.root();
        String where = "Fee bands " + loaded.source();
        Map<?, ?> flat = DataFiles.map(root.get("flat"), where + " flat");
        flatUpTo = DataFiles.number(flat.get("up_to"), where + " flat.up_to");
        flatFee = DataFiles.number(flat.get("fee"), where + " flat.fee");
        List<Band> read = new ArrayList<>();
        for (Object o : DataFiles.list(root.get("bands"), where + " bands")) {
            Map<?, ?> band = DataFiles.map(o, where + " band");
            read.add(new Band(
                    DataFiles.number(band.get("up_to"), where + " band.up_to"),
                    DataFiles.number(band.get("rate"), where + " band.rate")));
        }
        bands = List.copyOf(read);
        if (flatUpTo == null
                || flatFee == null
                || bands.isEmpty()
                || bands.get(bands.size() - 1).upTo() != null) {
            throw new IllegalStateException(where + ": needs a flat band and rate bands, the last without up_to");
        }
        source = DataFiles.texts(root.get("source"), where + " source");
        Map<?, ?> reductions = DataFiles.map(root.get("reductions"), where + " reductions");
        simplified = reduction(reductions.get("simplified"), where);
        mediation = reduction(reductions.get("mediation_or_withdrawal"), where);
        paymentOrder = reduction(reductions.get("payment_order"), where);
        List<String> wrong = new ArrayList<>();
        for (Object o : DataFiles.list(root.get("examples"), where + " examples")) {
            Map<?, ?> example = DataFiles.map(o, where + " example");
            BigDecimal amount = DataFiles.number(example.get("amount"), where + " example.amount");
            BigDecimal expected = DataFiles.number(example.get("fee"), where + " example.fee");
            BigDecimal actual = fee(amount);
            if (actual.compareTo(expected) != 0) {
                wrong.add(amount + " yuan gives " + actual + ", the example says " + expected);
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException(where + ": worked examples do not match the bands: " + wrong);
        }
    }

    private static Reduction reduction(Object value, String where) {
        Map<?, ?> map = DataFiles.map(value, where + " reduction");
        return new Reduction(
                DataFiles.number(map.get("factor"), where + " reduction.factor"),
                DataFiles.texts(map.get("source"), where + " reduction.source"));
    }

    /** The full case acceptance fee for a money claim of {@code amount} yuan. */
    public BigDecimal fee(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        BigDecimal total = flatFee;
        BigDecimal lower = flatUpTo;
        for (Band band : bands) {
            if (amount.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal top = band.upTo() == null ? amount : amount.min(band.upTo());
            total = total.add(top.subtract(lower).multiply(band.rate()));
            if (band.upTo() == null) {
                break;
            }
            lower = band.upTo();
        }
        return yuan(total);
    }

    public Estimate estimate(BigDecimal amount) {
        BigDecimal fee = fee(amount);
        return new Estimate(
                amount,
                fee,
                yuan(fee.multiply(simplified.factor())),
                yuan(fee.multiply(mediation.factor())),
                yuan(fee.multiply(paymentOrder.factor())));
    }

    /** "Measures on the Payment of Litigation Costs, Article 13" in the language asked. */
    public String source(Language language) {
        return source.get(language);
    }

    /** The articles of the reductions: simplified (16), mediation or withdrawal (15). */
    public List<String> reductionSources(Language language) {
        return List.of(simplified.source().get(language), mediation.source().get(language));
    }

    public String paymentOrderSource(Language language) {
        return paymentOrder.source().get(language);
    }

    /** Fees are paid in yuan and fen; trailing zeros dropped so that 2300.00 reads 2300. */
    private static BigDecimal yuan(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
