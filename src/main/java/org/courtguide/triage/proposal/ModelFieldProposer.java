package org.courtguide.triage.proposal;

import io.quarkus.arc.lookup.LookupUnlessProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.Language;
import org.courtguide.answering.ModelConfig;
import org.courtguide.answering.PromptInput;
import org.courtguide.observability.CourtGuideMetrics;
import org.courtguide.privacy.PiiRedactor;
import org.courtguide.triage.Intake;
import org.courtguide.triage.IntakeFieldProposer;
import org.courtguide.triage.ProposedAnswers;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

/**
 * Proposes intake answers with the configured chat model. Only looked up when a model is configured, so with the
 * default provider {@code none} the intake offers no suggestions and nothing reaches the network.
 * <p>
 * The description is redacted before it leaves the server and is sent inside a {@code <description>} element. The
 * model's reply is only a proposal: every value is checked by {@link ProposedAnswers} (unknown fields and values are
 * dropped), and the person confirms or changes each one in the form. Logs carry counts and failure kinds, never the
 * description. The limits can be changed without a build, e.g.
 * {@code quarkus.fault-tolerance."org.courtguide.triage.proposal.ModelFieldProposer/propose".timeout.value=8000}.
 */
@ApplicationScoped
@LookupUnlessProperty(name = "court-guide.model.provider", stringValue = "none")
public class ModelFieldProposer implements IntakeFieldProposer {

    private static final Logger LOG = Logger.getLogger(ModelFieldProposer.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ModelConfig config;
    private final IntakeExtractor extractor;
    private final PiiRedactor redactor;
    private final ProposedAnswers answers;

    ModelFieldProposer(ModelConfig config, IntakeExtractor extractor, PiiRedactor redactor, ProposedAnswers answers) {
        this.config = config;
        this.extractor = extractor;
        this.redactor = redactor;
        this.answers = answers;
    }

    /**
     * Checked proposals, or none when the model is off, slow, failing or unreadable. The page language is not sent:
     * the model answers in codes, whatever the language of the description.
     */
    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "none")
    public Map<String, List<String>> propose(String description, Language language) {
        // the lookup already hides this bean without a model; this also holds for a direct injection
        if (config.provider() == ModelConfig.Provider.NONE || description == null || description.isBlank()) {
            return Map.of();
        }
        String redacted = redactor.redact(description).text();
        ProposedIntake out = extractor.extract(
                String.join(", ", answers.provinceCodes()),
                YearMonth.now(CHINA).toString(),
                "<description>" + PromptInput.data(redacted) + "</description>");
        Map<String, List<String>> accepted = answers.accepted(fields(out));
        LOG.infof("intake proposal: %d answers accepted", accepted.size());
        return accepted;
    }

    Map<String, List<String>> none(String description, Language language, Throwable failure) {
        LOG.warnf(
                "intake proposal unavailable from %s: %s",
                config.modelId(), failure.getClass().getSimpleName());
        CourtGuideMetrics.fallback("intake_proposal_unavailable");
        return Map.of();
    }

    /** The extraction by field name; checking is left to {@link ProposedAnswers}. */
    static Map<String, List<String>> fields(ProposedIntake out) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (out == null) {
            return fields;
        }
        put(fields, Intake.TYPE, out.disputeType());
        put(fields, Intake.OTHER_PARTY, out.otherParty());
        put(
                fields,
                Intake.AMOUNT,
                out.amountYuan() == null ? null : out.amountYuan().toPlainString());
        put(fields, Intake.PROVINCE, out.province());
        put(fields, Intake.WHEN, out.when());
        put(fields, Intake.DEBT, out.debtAccepted());
        put(fields, Intake.URGENCY, out.urgency());
        if (out.tried() != null) {
            fields.put(Intake.TRIED, new ArrayList<>(out.tried()));
        }
        if (out.needs() != null) {
            fields.put(Intake.NEEDS, new ArrayList<>(out.needs()));
        }
        return fields;
    }

    private static void put(Map<String, List<String>> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(field, List.of(value));
        }
    }
}
