package org.courtguide.ask;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtguide.Language;
import org.courtguide.guides.GuideLinks;
import org.courtguide.privacy.CardLikeNumbers;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.StoredSource;
import org.courtguide.source.SourceDocument;
import org.courtguide.triage.Amounts;
import org.courtguide.triage.FeeSchedule;
import org.courtguide.triage.TriageMessages;
import org.courtguide.triage.TriageText;

/**
 * Answers "how much does it cost to sue for 100,000 yuan?" from the fee bands instead of from retrieved text, because
 * the fee is arithmetic the guides can only show by example. Only questions that ask about the fee AND name an amount
 * are answered here; every other question (fees in general included) goes on to the guides. The answer cites the
 * articles of the Measures it uses and the fees guide, and says that it is no forecast of the outcome.
 */
@ApplicationScoped
public class FeeQuestionAnswerer {

    public static final String ID = "fee-schedule";
    /** The Measures on the Payment of Litigation Costs took effect on this day. */
    private static final String MEASURES_DATE = "2007-04-01";

    private static final Pattern FEE_ZH = Pattern.compile("诉讼费|受理费|立案费|案件费|交多少钱|要多少钱|花多少钱|多少费用|收费多少");
    private static final Pattern FEE_EN = Pattern.compile(
            "\\b(court|filing|case|acceptance|litigation) (fee|fees|cost|costs)\\b|\\bcosts? (to|of) (sue|suing|file|filing)\\b"
                    + "|\\bhow much\\b.*\\b(sue|suing|file|filing|claim)\\b");
    /**
     * 10万元, 100,000 yuan, 2.5万, ¥50000, RMB 8000: digits with a unit or currency, or a plain number from 100 up; never
     * a card-like run of 16–19 digits.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:¥|rmb\\s*|cny\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万|亿|千|k\\b|thousand|million)?\\s*(元|块|yuan|rmb|cny)?");

    private final FeeSchedule fees;
    private final TriageText text;
    private final KnowledgeIndex index;

    FeeQuestionAnswerer(FeeSchedule fees, TriageText text, KnowledgeIndex index) {
        this.fees = fees;
        this.text = text;
        this.index = index;
    }

    /** A cited fee answer when the question asks what suing for an amount costs; empty for anything else. */
    public Optional<Answer> answer(
            String question, Language language, String traceId, String knowledgeVersion, String notice) {
        if (question == null) {
            return Optional.empty();
        }
        String q = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (!FEE_ZH.matcher(q).find() && !FEE_EN.matcher(q).find()) {
            return Optional.empty();
        }
        return amount(q).map(amount -> compose(amount, language, traceId, knowledgeVersion, notice));
    }

    static Optional<BigDecimal> amount(String question) {
        // a bank card number is never an amount, not even its first group of four digits
        Matcher m = AMOUNT.matcher(CardLikeNumbers.blankOut(question));
        while (m.find()) {
            BigDecimal value =
                    new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            String scale = m.group(3);
            boolean currency = m.group(4) != null
                    || m.group(0).startsWith("¥")
                    || m.group(0).startsWith("rmb")
                    || m.group(0).startsWith("cny");
            if (scale != null) {
                value = value.multiply(
                        switch (scale) {
                            case "万" -> BigDecimal.valueOf(10_000);
                            case "亿" -> BigDecimal.valueOf(100_000_000);
                            case "million" -> BigDecimal.valueOf(1_000_000);
                            default -> BigDecimal.valueOf(1_000);
                        });
            }
            // "15 days" or "2 years" are not amounts: a bare number must look like money
            if (scale != null || currency || value.compareTo(BigDecimal.valueOf(100)) >= 0) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private Answer compose(BigDecimal amount, Language language, String traceId, String version, String notice) {
        TriageMessages m = text.messages(language);
        FeeSchedule.Estimate estimate = fees.estimate(amount);
        String stop = language == Language.ZH ? "。" : ".";
        List<String> paragraphs = List.of(
                m.fee_answer_full(Amounts.format(amount), Amounts.format(estimate.fee())) + " [1]" + stop,
                m.fee_answer_halved(Amounts.format(estimate.simplified())) + " [2]" + stop + " "
                        + m.fee_answer_mediation() + " [3]" + stop,
                m.fee_answer_note() + " [4]");
        String guide = "fees-" + language.code();
        String issuer = language == Language.ZH ? "国务院" : "State Council";
        List<String> reductions = fees.reductionSources(language);
        // the articles link to the fees guide's sections that explain them; the last paragraph cites the guide itself
        FeesGuide explained = FeesGuide.of(index.source(guide), guide);
        String bands = explained.link(m.fee_answer_section());
        String halving = explained.link(m.fee_answer_halving_section());
        List<Citation> citations = List.of(
                new Citation(1, ID, fees.source(language), "", issuer, MEASURES_DATE, bands),
                new Citation(2, ID, reductions.get(0), "", issuer, MEASURES_DATE, halving),
                new Citation(3, ID, reductions.get(1), "", issuer, MEASURES_DATE, halving),
                new Citation(
                        4,
                        guide,
                        explained.title(),
                        "",
                        explained.issuer(),
                        explained.date(),
                        GuideLinks.section(guide, explained.overviewAnchor())));
        return new Answer(traceId, language, paragraphs, citations, false, List.of(), notice, ID, version);
    }

    /**
     * The fees guide as indexed: its title, issuer and date, and its sections' anchors by heading. A deployment
     * without it still gets the answer, with links to the guide's address.
     */
    private record FeesGuide(String id, String title, String issuer, String date, Map<String, String> anchors) {

        static FeesGuide of(Optional<StoredSource> source, String id) {
            if (source.isEmpty()) {
                return new FeesGuide(id, id, "", "", Map.of());
            }
            SourceDocument document = source.get().document();
            Map<String, String> anchors = new HashMap<>();
            source.get()
                    .sections()
                    .forEach(section -> anchors.putIfAbsent(lastHeading(section.section()), section.anchor()));
            return new FeesGuide(id, document.title(), document.issuer(), document.displayDate(), anchors);
        }

        /** The guide's address, at the section with this heading when there is one. */
        String link(String heading) {
            String anchor = anchors.get(heading);
            return anchor == null ? GuideLinks.source(id) : GuideLinks.section(id, anchor);
        }

        String overviewAnchor() {
            return anchors.getOrDefault("", "overview");
        }

        private static String lastHeading(String path) {
            int cut = path.lastIndexOf(" › ");
            return cut < 0 ? path : path.substring(cut + " › ".length());
        }
    }
}
