package org.courtguide.disclosure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.courtguide.conversation.ConversationConfig;
import org.courtguide.guides.GuideLinks;
import org.courtguide.retrieval.IngestState;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.source.SourceDocument;
import org.jboss.logging.Logger;

/** Builds the disclosure from the index, the configuration and the latest evaluation reports. */
@ApplicationScoped
public class DisclosureService {

    private static final Logger LOG = Logger.getLogger(DisclosureService.class);

    private final KnowledgeIndex index;
    private final DisclosureConfig config;
    private final ConversationConfig conversations;
    private final ObjectMapper json;
    private final AnswererDescription answerer;

    DisclosureService(
            KnowledgeIndex index,
            DisclosureConfig config,
            ConversationConfig conversations,
            ObjectMapper json,
            AnswererDescription answerer) {
        this.index = index;
        this.config = config;
        this.conversations = conversations;
        this.json = json;
        this.answerer = answerer;
    }

    public Disclosure disclosure() {
        IngestState state = index.state();
        String indexedAt = state.files().values().stream()
                .map(IngestState.FileState::indexedAt)
                .filter(t -> t != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
        var sources = index.guides().stream().map(s -> source(s.document())).toList();
        Optional<JsonNode> retrieval = read(config.retrievalReport());
        Optional<JsonNode> answers = read(config.answersReport());
        String lastUpdated = Stream.of(
                        Optional.ofNullable(indexedAt),
                        retrieval.map(r -> r.path("date").asText()),
                        answers.map(r -> r.path("date").asText()))
                .flatMap(Optional::stream)
                .filter(s -> !s.isEmpty())
                .max(Comparator.naturalOrder())
                .orElse(null);
        Disclosure.RetrievalFigures retrievalFigures =
                retrieval.map(DisclosureService::retrievalFigures).orElse(null);
        Disclosure.AnswerFigures answerFigures =
                answers.map(DisclosureService::answerFigures).orElse(null);
        return new Disclosure(
                config.operator().orElse(null),
                answerer.describe(),
                state.knowledgeVersion(),
                indexedAt,
                index.size(),
                sources,
                retrievalFigures,
                answerFigures,
                (int) conversations.retention().toDays(),
                config.reportContact().orElse(null),
                lastUpdated,
                zone().getId(),
                summary(answerFigures, retrievalFigures));
    }

    /** The zone the page's dates are shown in. */
    public ZoneId zone() {
        try {
            return ZoneId.of(config.timeZone());
        } catch (DateTimeException e) {
            LOG.warnf(
                    "court-guide.disclosure.time-zone %s is not a time zone; dates are shown in UTC",
                    config.timeZone());
            return ZoneOffset.UTC;
        }
    }

    private Disclosure.Summary summary(Disclosure.AnswerFigures answers, Disclosure.RetrievalFigures retrieval) {
        if (answers == null && retrieval == null) {
            return null;
        }
        return new Disclosure.Summary(
                answers == null ? null : localDate(answers.date()),
                answers == null ? null : answers.questions(),
                answers == null ? null : Disclosure.Share.of(answers.answeredWhenCovered()),
                answers == null ? null : Disclosure.Share.of(answers.abstainedWhenNotCovered()),
                answers == null ? null : Disclosure.Share.of(answers.expectedGuideCited()),
                retrieval == null ? null : localDate(retrieval.date()),
                retrieval == null ? null : retrieval.questions(),
                retrieval == null ? null : Disclosure.Share.of(retrieval.recallAt5()));
    }

    /** An ISO instant from a report as the local date in the configured zone, or null when it is not one. */
    String localDate(String instant) {
        ZonedDateTime local = local(instant);
        return local == null ? null : local.toLocalDate().toString();
    }

    /** An ISO instant as date and time in the configured zone, or null when it is not one. */
    public ZonedDateTime local(String instant) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(instant).atZone(zone());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Disclosure.Source source(SourceDocument d) {
        return new Disclosure.Source(
                d.id(),
                d.title(),
                d.issuer(),
                d.published(),
                d.effective(),
                d.validity().key(),
                d.language(),
                GuideLinks.source(d.id()));
    }

    private static Disclosure.RetrievalFigures retrievalFigures(JsonNode report) {
        JsonNode hybrid = report.path("pipelines").path("hybrid");
        JsonNode naive = report.path("pipelines").path("naive-easy-rag");
        return new Disclosure.RetrievalFigures(
                report.path("date").asText(null),
                report.path("questions").path("count").asInt(),
                report.path("corpus").path("chunks").asLong(),
                number(hybrid.path("recall").path("recall@5")),
                number(hybrid.path("recall").path("recall@10")),
                number(hybrid.path("mrrAt10")),
                number(hybrid.path("latencyP95Ms")),
                number(naive.path("recall").path("recall@5")));
    }

    private static Disclosure.AnswerFigures answerFigures(JsonNode report) {
        return new Disclosure.AnswerFigures(
                report.path("date").asText(null),
                report.path("questions").asInt(),
                number(report.path("answeredWhenCovered")),
                number(report.path("abstainedWhenNotCovered")),
                number(report.path("citationsResolve")),
                number(report.path("expectedGuideCited")));
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    /** Read on every request: a new report shows at once, and the file is small. */
    private Optional<JsonNode> read(Path report) {
        if (!Files.isRegularFile(report)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(report.toFile()));
        } catch (IOException e) {
            LOG.warnf("Evaluation report %s is unreadable; its figures are not shown", report);
            return Optional.empty();
        }
    }
}
