package org.courtguide.ask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.courtguide.Language;
import org.courtguide.answering.Generation;
import org.courtguide.answering.GenerativeAnswerer;
import org.courtguide.answering.PromptInput;
import org.courtguide.conversation.ConversationKey;
import org.courtguide.conversation.ConversationService;
import org.courtguide.conversation.ConversationService.Opened;
import org.courtguide.conversation.Turn;
import org.courtguide.grounding.GroundedAnswers;
import org.courtguide.guides.GuideLinks;
import org.courtguide.knowledge.IngestProgress;
import org.courtguide.observability.CourtGuideMetrics;
import org.courtguide.privacy.PiiRedactor;
import org.courtguide.retrieval.HybridRetriever;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalResult;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.safety.Route;
import org.courtguide.safety.RouteKind;
import org.courtguide.safety.SafetyRouter;
import org.courtguide.source.SourceKind;
import org.courtguide.web.Localizer;
import org.courtguide.web.Messages;
import org.jboss.logging.Logger;

/**
 * Answers a question: retrieve guide sections in the question's language, decide whether they cover it, compose a
 * cited answer or abstain with contacts, and record the turn (with the question redacted) in the person's
 * conversation. Logs carry the trace id, never the question.
 */
@ApplicationScoped
public class AskService {

    private static final Logger LOG = Logger.getLogger(AskService.class);
    private static final int SUGGESTIONS = 3;

    private final HybridRetriever retriever;
    private final KnowledgeIndex index;
    private final CoveragePolicy coverage;
    private final ExtractiveAnswerer extractive;
    private final PlainLanguageAnswerer plain;
    private final Localizer localizer;
    private final AskConfig config;
    private final ConversationService conversations;
    private final PiiRedactor redactor;
    private final SafetyRouter router;
    private final ObjectMapper json;
    private final GenerativeAnswerer generative;
    /** "How much to sue for 100,000 yuan?" is arithmetic on the fee bands, answered before retrieval. */
    private final FeeQuestionAnswerer fees;

    private final IngestProgress ingest;
    /** A model's answer, checked sentence by sentence against the cited guidance. */
    private final GroundedAnswers grounded;
    /** Reads what the question asks (scope, type, parts) and composes declines and type-driven answers from it. */
    private final UnderstoodAnswerer understood;

    AskService(
            HybridRetriever retriever,
            KnowledgeIndex index,
            CoveragePolicy coverage,
            ExtractiveAnswerer extractive,
            PlainLanguageAnswerer plain,
            Localizer localizer,
            AskConfig config,
            ConversationService conversations,
            PiiRedactor redactor,
            SafetyRouter router,
            ObjectMapper json,
            GenerativeAnswerer generative,
            FeeQuestionAnswerer fees,
            IngestProgress ingest,
            GroundedAnswers grounded,
            UnderstoodAnswerer understood) {
        this.generative = generative;
        this.fees = fees;
        this.ingest = ingest;
        this.grounded = grounded;
        this.understood = understood;
        this.router = router;
        this.json = json;
        this.plain = plain;
        this.retriever = retriever;
        this.index = index;
        this.coverage = coverage;
        this.extractive = extractive;
        this.localizer = localizer;
        this.config = config;
        this.conversations = conversations;
        this.redactor = redactor;
    }

    /**
     * The answer, the conversation it was recorded in (with the key the browser keeps) and its route: answered,
     * abstained, prediction, crisis or abuse.
     */
    public record Outcome(Answer answer, Opened conversation, String route, String reference) {}

    /**
     * The same retrieval and coverage decision in either style; only the composition differs. The turn is recorded in
     * the conversation the key opens, or in a new one.
     */
    public Outcome ask(String question, Language language, Optional<ConversationKey> key, AnswerStyle style) {
        return ask(question, language, key, style, null);
    }

    /**
     * The same, with a standard answer written by the model passed to {@code drafts} while it is written (text that
     * already cites a retrieved source); the outcome is what is shown in their place. {@code null}: not streamed.
     */
    public Outcome ask(
            String question,
            Language language,
            Optional<ConversationKey> key,
            AnswerStyle style,
            java.util.function.Consumer<String> drafts) {
        long start = System.nanoTime();
        String traceId = UUID.randomUUID().toString();
        // routing reads the question as written; everything after it sees only the redacted text
        Route detected = router.route(question);
        if (detected.kind() != RouteKind.CRISIS && detected.kind() != RouteKind.ABUSE) {
            // before anything is stored; a person in crisis still gets the fixed reply, which needs no guidance
            ingest.requireLoaded(language);
        }
        Opened conversation =
                conversations.open(key, language.code(), style.name().toLowerCase(java.util.Locale.ROOT));
        Messages messages = localizer.messages(language);
        Route route = new Route(detected.kind(), detected.ruleId(), language);
        String redacted = redactor.redact(question).text();
        String version = index.state().knowledgeVersion();
        // a follow-up carries the conversation's latest questions (stored redacted, erased with the conversation)
        List<String> earlier = generative.enabled() && !conversation.isNew()
                ? conversations.recentQuestions(conversation.conversation().id, generative.window())
                : List.of();
        Optional<UnderstoodAnswerer.Response> understanding =
                route.kind() == RouteKind.PROCEED || route.kind() == RouteKind.PREDICTION
                        ? understood.respond(
                                redacted,
                                language,
                                style,
                                route.kind() == RouteKind.PREDICTION,
                                generative.enabled(),
                                traceId,
                                version,
                                messages.answer_notice())
                        : Optional.empty();
        Guidance guidance = understanding.isPresent()
                ? new Guidance(
                        understanding.get().answer(),
                        understanding.get().cited(),
                        understanding.get().retrievalMicros())
                : switch (route.kind()) {
                    case CRISIS, ABUSE -> new Guidance(routed(traceId, route, messages, version, style), List.of(), 0);
                    case PREDICTION ->
                        prefixed(
                                router.reply(route),
                                fromGuidance(traceId, redacted, earlier, language, style, messages, version, drafts));
                    case PROCEED ->
                        fees.answer(redacted, language, traceId, version, messages.answer_notice())
                                .map(fee -> new Guidance(fee, List.of(), 0))
                                .orElseGet(() -> fromGuidance(
                                        traceId, redacted, earlier, language, style, messages, version, drafts));
                };
        Answer answer = guidance.answer();
        String routeName = understanding
                .map(UnderstoodAnswerer.Response::route)
                .orElse(
                        route.kind() == RouteKind.PROCEED
                                ? (answer.abstained() ? "abstained" : "answered")
                                : route.kind().name().toLowerCase(java.util.Locale.ROOT));
        long latencyMs = (System.nanoTime() - start) / 1_000_000;
        Turn recorded = turn(
                conversation.conversation().id,
                redacted,
                routeName,
                answer,
                guidance.cited(),
                guidance.promptVersion(),
                latencyMs);
        conversations.record(recorded);
        CourtGuideMetrics.answer(routeName, answer.answeredBy(), latencyMs);
        LOG.infof(
                "answered trace=%s lang=%s route=%s citations=%d retrieval=%dms total=%dms",
                traceId,
                language.code(),
                routeName,
                answer.citations().size(),
                guidance.retrievalMicros() / 1000,
                latencyMs);
        return new Outcome(answer, conversation, routeName, recorded.reference);
    }

    /** An answer with the passages it cites, how long retrieval took and the prompt version (generated answers). */
    private record Guidance(Answer answer, List<Passage> cited, long retrievalMicros, String promptVersion) {

        Guidance(Answer answer, List<Passage> cited, long retrievalMicros) {
            this(answer, cited, retrievalMicros, null);
        }
    }

    /** The procedural answer from the guides, or the honest "not covered" with contacts. */
    private Guidance fromGuidance(
            String traceId,
            String question,
            List<String> earlier,
            Language language,
            AnswerStyle style,
            Messages messages,
            String version,
            java.util.function.Consumer<String> drafts) {
        SearchFilter guidesInLanguage = SearchFilter.language(language.code()).onlyKind(SourceKind.GUIDE);
        // retrieval needs a standalone query; the model still sees the follow-up as asked
        String query = earlier.isEmpty() ? question : generative.standalone(earlier, question);
        RetrievalResult result = retriever.retrieve(query, guidesInLanguage, config.passages());
        Answer answer;
        List<Passage> cited = List.of();
        if (coverage.covers(result, language)) {
            PromptInput input = PromptInput.of(language, earlier, result.passages(), question);
            // the accessible mode is never streamed: the whole answer at once
            // held to the guidance before anything is shown or streamed; null: extractive (no model, or not admitted)
            Generation generation = grounded.generate(
                    traceId,
                    input,
                    result.passages(),
                    language,
                    style == AnswerStyle.PLAIN,
                    style == AnswerStyle.STANDARD ? drafts : null);
            if (generation instanceof Generation.Generated generated) {
                return generated(traceId, generated, result, question, language, style, messages, version);
            }
            // extractive: no model, a rejected answer, or (marked for the banner) no answer from the model
            String suffix = generation instanceof Generation.Unavailable ? GenerativeAnswerer.UNAVAILABLE : "";
            ExtractiveAnswerer.Composition composition = extractive.compose(result.passages(), messages);
            cited = result.passages().subList(0, composition.citations().size());
            if (style == AnswerStyle.PLAIN) {
                PlainLanguageAnswerer.Composition easy =
                        plain.compose(result.passages(), composition.citations(), question, messages);
                answer = new Answer(
                        traceId,
                        language,
                        easy.lines(),
                        composition.citations(),
                        false,
                        List.of(),
                        messages.answer_notice(),
                        PlainLanguageAnswerer.ID + suffix,
                        version,
                        style,
                        easy.glossary());
            } else {
                answer = new Answer(
                        traceId,
                        language,
                        composition.paragraphs(),
                        composition.citations(),
                        false,
                        List.of(),
                        messages.answer_notice(),
                        ExtractiveAnswerer.ID + suffix,
                        version);
            }
        } else if (style == AnswerStyle.PLAIN) {
            answer = new Answer(
                    traceId,
                    language,
                    plain.abstention(messages),
                    List.of(),
                    true,
                    closestGuides(result.passages()),
                    messages.answer_notice(),
                    PlainLanguageAnswerer.ID,
                    version,
                    style,
                    List.of());
        } else {
            answer = new Answer(
                    traceId,
                    language,
                    List.of(
                            messages.abstain_text(),
                            messages.abstain_contacts() + " " + messages.abstain_contact_centre() + " "
                                    + messages.abstain_contact_hotline()),
                    List.of(),
                    true,
                    closestGuides(result.passages()),
                    messages.answer_notice(),
                    ExtractiveAnswerer.ID,
                    version);
        }
        return new Guidance(answer, cited, result.tookMicros());
    }

    /** A verified generated answer: its citations are the retrieved passages it cited, renumbered in order of use. */
    private static Guidance generated(
            String traceId,
            Generation.Generated generated,
            RetrievalResult result,
            String question,
            Language language,
            AnswerStyle style,
            Messages messages,
            String version) {
        List<Passage> cited = generated.sources().stream()
                .map(n -> result.passages().get(n - 1))
                .toList();
        List<Citation> citations = new java.util.ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            citations.add(ExtractiveAnswerer.citation(i + 1, cited.get(i)));
        }
        String answeredBy = "model:" + generated.modelId();
        Answer answer;
        if (style == AnswerStyle.PLAIN) {
            List<String> lines = generated
                    .text()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
            answer = new Answer(
                    traceId,
                    language,
                    lines,
                    citations,
                    false,
                    List.of(),
                    messages.answer_notice(),
                    answeredBy,
                    version,
                    style,
                    PlainLanguageAnswerer.glossary(cited, generated.text() + "\n" + question));
        } else {
            List<String> paragraphs = java.util.Arrays.stream(generated.text().split("\\n\\s*\\n"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
            answer = new Answer(
                    traceId,
                    language,
                    paragraphs,
                    citations,
                    false,
                    List.of(),
                    messages.answer_notice(),
                    answeredBy,
                    version);
        }
        return new Guidance(answer, cited, result.tookMicros(), generated.promptVersion());
    }

    /**
     * Crisis and abuse get the reviewed reply; a crisis also the numbers for its kind, which pages show as call links
     * before anything else. Nothing is retrieved.
     */
    private Answer routed(String traceId, Route route, Messages messages, String version, AnswerStyle style) {
        return new Answer(
                traceId,
                route.language(),
                List.of(router.reply(route)),
                List.of(),
                true,
                List.of(),
                messages.answer_notice(),
                SafetyRouter.ID,
                version,
                style,
                List.of(),
                router.contacts(route));
    }

    /** A prediction request: say first that Court Guide cannot decide or predict, then give the procedural guidance. */
    private static Guidance prefixed(String reply, Guidance guidance) {
        Answer a = guidance.answer();
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add(reply);
        paragraphs.addAll(a.paragraphs());
        return new Guidance(
                new Answer(
                        a.traceId(),
                        a.language(),
                        paragraphs,
                        a.citations(),
                        a.abstained(),
                        a.suggestions(),
                        a.notice(),
                        a.answeredBy(),
                        a.knowledgeVersion(),
                        a.style(),
                        a.glossary()),
                guidance.cited(),
                guidance.retrievalMicros(),
                guidance.promptVersion());
    }

    private Turn turn(
            String conversationId,
            String redactedQuestion,
            String route,
            Answer answer,
            List<Passage> cited,
            String promptVersion,
            long latencyMs) {
        Turn turn = new Turn();
        turn.traceId = answer.traceId();
        turn.conversationId = conversationId;
        turn.createdAt = Instant.now();
        turn.language = answer.language().code();
        turn.route = route;
        turn.abstained = answer.abstained();
        turn.redactedQuestion = truncate(redactedQuestion, 4000);
        turn.answerText = truncate(answer.text(), 16000);
        turn.citedSources =
                truncate(answer.citations().stream().map(Citation::sourceId).collect(Collectors.joining("\n")), 4000);
        turn.sourceScores = truncate(
                cited.stream()
                        .map(p -> String.format(java.util.Locale.ROOT, "%.4f", p.score()))
                        .collect(Collectors.joining("\n")),
                4000);
        turn.answeredBy = answer.answeredBy();
        turn.promptVersion = promptVersion;
        turn.knowledgeVersion = answer.knowledgeVersion();
        turn.latencyMs = latencyMs;
        try {
            turn.answerJson = json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer is always serialisable", e);
        }
        return turn;
    }

    /** Every answer of the conversation the key opens, oldest first, as shown, with the questions as stored. */
    public List<RecordedAnswer> transcript(ConversationKey key) {
        List<RecordedAnswer> answers = new java.util.ArrayList<>();
        for (Turn turn : conversations.turns(key)) {
            if (turn.answerJson == null) {
                continue;
            }
            try {
                answers.add(new RecordedAnswer(
                        json.readValue(turn.answerJson, Answer.class), turn.redactedQuestion, turn.reference));
            } catch (JsonProcessingException e) {
                LOG.warnf("Stored answer of trace %s is unreadable", turn.traceId);
            }
        }
        return answers;
    }

    /** An answer read back from the conversation, with its short reference (none for turns stored before them). */
    public record RecordedAnswer(Answer answer, String question, String reference) {}

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static List<GuideLink> closestGuides(List<Passage> passages) {
        Map<String, GuideLink> bySource = new LinkedHashMap<>();
        for (Passage p : passages) {
            if (bySource.size() == SUGGESTIONS) {
                break;
            }
            bySource.putIfAbsent(
                    p.chunk().sourceId(),
                    new GuideLink(
                            p.document().title(), GuideLinks.source(p.chunk().sourceId())));
        }
        return List.copyOf(bySource.values());
    }
}
