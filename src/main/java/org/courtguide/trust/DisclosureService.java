package org.courtguide.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.courtguide.conversation.ConversationConfig;
import org.courtguide.guides.GuideLinks;
import org.courtguide.knowledge.SourceDocument;
import org.courtguide.retrieval.IngestState;
import org.courtguide.retrieval.KnowledgeIndex;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the disclosure from the index, the configuration and the latest evaluation reports. */
@ApplicationScoped
public class DisclosureService {

    private static final Logger LOG = Logger.getLogger(DisclosureService.class);

    private final KnowledgeIndex index;
    private final DisclosureConfig config;
    private final ConversationConfig conversations;
    private final ObjectMapper json;
    private final AnswererDescription answerer;

    DisclosureService(KnowledgeIndex index, DisclosureConfig config, ConversationConfig conversations,
            ObjectMapper json, AnswererDescription answerer) {
        this.index = index;
        this.config = config;
        this.conversations = conversations;
        this.json = json;
        this.answerer = answerer;
    }

    public Disclosure disclosure() {
        IngestState state = index.state();
        String indexedAt = state.files().values().stream().map(IngestState.FileState::indexedAt)
                .filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
        var sources = index.guides().stream().map(s -> source(s.document())).toList();
        Optional<JsonNode> retrieval = read(config.retrievalReport());
        Optional<JsonNode> answers = read(config.answersReport());
        String lastUpdated = Stream.of(Optional.ofNullable(indexedAt), retrieval.map(r -> r.path("date").asText()),
                answers.map(r -> r.path("date").asText())).flatMap(Optional::stream).filter(s -> !s.isEmpty())
                .max(Comparator.naturalOrder()).orElse(null);
        return new Disclosure(config.operator().orElse(null), answerer.describe(), state.knowledgeVersion(), indexedAt,
                index.size(), sources, retrieval.map(DisclosureService::retrievalFigures).orElse(null),
                answers.map(DisclosureService::answerFigures).orElse(null), (int) conversations.retention().toDays(),
                config.reportContact().orElse(null), lastUpdated);
    }

    private static Disclosure.Source source(SourceDocument d) {
        return new Disclosure.Source(d.id(), d.title(), d.issuer(), d.published(), d.effective(), d.validity().key(),
                d.language(), GuideLinks.source(d.id()));
    }

    private static Disclosure.RetrievalFigures retrievalFigures(JsonNode report) {
        JsonNode hybrid = report.path("pipelines").path("hybrid");
        JsonNode naive = report.path("pipelines").path("naive-easy-rag");
        return new Disclosure.RetrievalFigures(report.path("date").asText(null),
                report.path("questions").path("count").asInt(), report.path("corpus").path("chunks").asLong(),
                number(hybrid.path("recall").path("recall@5")), number(hybrid.path("recall").path("recall@10")),
                number(hybrid.path("mrrAt10")), number(hybrid.path("latencyP95Ms")),
                number(naive.path("recall").path("recall@5")));
    }

    private static Disclosure.AnswerFigures answerFigures(JsonNode report) {
        return new Disclosure.AnswerFigures(report.path("date").asText(null), report.path("questions").asInt(),
                number(report.path("answeredWhenCovered")), number(report.path("abstainedWhenNotCovered")),
                number(report.path("citationsResolve")), number(report.path("expectedGuideCited")));
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
