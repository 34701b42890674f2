package org.courtguide.ask;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.courtguide.Language;
import org.courtguide.guides.GuideLinks;
import org.courtguide.retrieval.HybridRetriever;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalResult;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.source.KnowledgeChunk;
import org.courtguide.source.SourceDocument.GlossaryEntry;
import org.courtguide.source.SourceKind;
import org.courtguide.understanding.QuestionType;
import org.courtguide.understanding.QuestionUnderstander;
import org.courtguide.understanding.Scope;
import org.courtguide.understanding.Understanding;
import org.courtguide.understanding.UnderstandingMessages;
import org.courtguide.understanding.UnderstandingModel;

/**
 * Composes the answer from what the question asks. A question the service must decline gets the reason in the
 * user's language and whom to ask, never a quoted section. A procedural question gets, for each of its parts, the
 * section that answers that part's type (a deadline question gets the section holding the deadline), quoted in
 * whole sentences with its own citation; a question about one's rights gets the procedural part (how to bring such a
 * dispute) after an honest word that the rights themselves are for legal aid or a lawyer. The accessible mode uses the
 * same sections, one sentence a line.
 */
@ApplicationScoped
public class UnderstoodAnswerer {

    /** Declines composed here; answers quoting the guides keep the usual composers' names. */
    public static final String ID = "understood";

    static final String EXTRACTIVE = org.courtguide.ask.ExtractiveAnswerer.ID;
    static final String EASY_READ = org.courtguide.ask.PlainLanguageAnswerer.ID;
    /** Passages retrieved once for the whole question; each part's section is chosen among them. */
    static final int CANDIDATES = 12;
    /** Weight of how well a section's heading asks the part's type. */
    static final double TYPE_WEIGHT = 0.5;
    /** Weight of how close the question is to the tuning questions a section answers, within the best-ranked guide. */
    static final double CENTROID_WEIGHT = 1.0;
    /** A decline reason needs at least this probability; below it the question is read as procedural. */
    static final double DECLINE_CONFIDENCE = 0.5;
    /** The same where retrieval finds guide sections close to the question. */
    static final double DECLINE_WHEN_COVERED = 0.7;
    /**
     * Longest quote of a part of a compound question, in characters, before whole sentences stop being added; a
     * one-part question gets its whole section (sections are a few hundred characters).
     */
    static final int QUOTE_ZH = 300, QUOTE_EN = 650, WHOLE_SECTION = 4000, PLAIN_LINES = 5;
    /** A leading one-word reply ("能。", "Yes.") that may contradict the asked case, which can be the exception. */
    private static final Pattern BARE_REPLY = Pattern.compile("^(?:能|可以|会|有|不能|不会|Yes|No|Usually yes)[。.,，]\\s*");
    /** Statute references in parentheses, left out in the accessible mode (the citation still names the source). */
    private static final Pattern STATUTE_REFERENCE =
            Pattern.compile("（[^）]*《[^）]*）|\\([^)]*(?:Art\\.|Arts\\.)[^)]*\\)");

    /** What the composition produced and the route it is recorded under. */
    public record Response(Answer answer, List<Passage> cited, long retrievalMicros, String route) {}

    private final QuestionUnderstander understander;
    private final HybridRetriever retriever;
    private final KnowledgeIndex index;
    private final AskConfig config;
    private final FeeQuestionAnswerer fees;
    private final Map<String, double[]> headingTypes = new ConcurrentHashMap<>();
    /** Guides by id for the knowledge version in force: looked up for every answer, changed only by an ingest. */
    private final Map<String, Optional<org.courtguide.retrieval.StoredSource>> sources = new ConcurrentHashMap<>();

    private volatile String sourcesVersion = "";
    /** Off only while {@code eval-answers} times the composition without the step, side by side in one run. */
    private volatile boolean enabled = true;

    UnderstoodAnswerer(
            QuestionUnderstander understander,
            HybridRetriever retriever,
            KnowledgeIndex index,
            AskConfig config,
            FeeQuestionAnswerer fees) {
        this.understander = understander;
        this.retriever = retriever;
        this.index = index;
        this.config = config;
        this.fees = fees;
    }

    /**
     * The answer composed from the question's understanding, or empty when the usual composition should run: no
     * parameters for the language, a procedural question the guides do not reach (the usual abstention), or a
     * procedural question while a language model is configured (the model writes it from the same retrieval).
     * {@code prediction}: the safety routing already found a request to decide or predict.
     */
    public Optional<Response> respond(
            String question,
            Language language,
            AnswerStyle style,
            boolean prediction,
            boolean modelAnswers,
            String traceId,
            String version,
            String notice) {
        if (!enabled || prediction) {
            // a request to predict found by the safety routing keeps its reviewed reply and the guidance after it
            return Optional.empty();
        }
        // retrieval runs beside the question's embedding: the understanding costs one embedding, not its latency
        SearchFilter guides = SearchFilter.language(language.code()).onlyKind(SourceKind.GUIDE);
        java.util.concurrent.CompletableFuture<RetrievalResult> retrieval =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> retriever.retrieve(question, guides, CANDIDATES));
        Optional<Understanding> understood = understander.understand(question, language);
        if (understood.isEmpty()) {
            retrieval.cancel(false);
            return Optional.empty();
        }
        Understanding u = understood.get();
        UnderstandingMessages m = messages(language);
        RetrievalResult result;
        try {
            result = retrieval.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        double threshold = language == Language.ZH ? config.minSimilarityZh() : config.minSimilarityEn();
        boolean covers = !result.passages().isEmpty() && result.bestCosine() >= threshold;
        // where the guides match well, a decline reason has to be clearer before it wins
        Scope scope = u.scope().declined() && u.confidence() < (covers ? DECLINE_WHEN_COVERED : DECLINE_CONFIDENCE)
                ? Scope.PROCEDURAL
                : u.scope();
        // "the guides do not hold this yet" is a claim about the guides, which retrieval checks better than a
        // classifier trained before the latest guides were written
        if (scope == Scope.PROCEDURE_NOT_IN_GUIDES && covers) {
            scope = Scope.PROCEDURAL;
        }
        if (scope.declined()) {
            return Optional.of(decline(
                    scope,
                    language,
                    style,
                    m,
                    traceId,
                    version,
                    notice,
                    scope == Scope.DECIDE_OR_PREDICT && covers ? result : null,
                    u));
        }
        if (modelAnswers && scope == Scope.PROCEDURAL) {
            return Optional.empty();
        }
        if (result.passages().isEmpty() || (scope == Scope.PROCEDURAL && !covers)) {
            return Optional.empty();
        }
        UnderstandingModel model = understander.model(language).orElseThrow();
        List<Passage> chosen = new ArrayList<>();
        if (scope == Scope.SUBSTANTIVE_RIGHTS) {
            // the procedural half of a rights question: how to bring such a dispute, whatever words it shares
            rightsSection(u.embedding(), model).ifPresent(chosen::add);
        } else {
            for (Understanding.Part part : u.parts()) {
                choose(result.passages(), part.type(), u.embedding(), model, chosen)
                        .ifPresent(chosen::add);
            }
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        // the fee calculator answers only the question it was built for: the money-claim fee for a named amount
        if (scope == Scope.PROCEDURAL
                && u.parts().size() == 1
                && u.firstType() == QuestionType.COST
                && u.amount().isPresent()
                && appliesToMoneyClaim(question, chosen.get(0))) {
            Optional<Answer> fee = fees.answer(question, language, traceId, version, notice);
            if (fee.isPresent()) {
                return Optional.of(new Response(fee.get(), List.of(), result.tookMicros(), "answered"));
            }
        }
        List<Passage> related = related(result.passages(), chosen);
        Answer answer = style == AnswerStyle.PLAIN
                ? plain(chosen, scope, language, m, traceId, version, notice)
                : standard(chosen, related, scope, language, m, traceId, version, notice);
        List<Passage> cited = new ArrayList<>(chosen);
        if (style != AnswerStyle.PLAIN) {
            cited.addAll(related);
        }
        return Optional.of(new Response(
                answer, cited, result.tookMicros(), scope == Scope.SUBSTANTIVE_RIGHTS ? "rights" : "answered"));
    }

    /** Turns the step off and on; used by {@code eval-answers} to time answers with and without it in one run. */
    public void enabled(boolean on) {
        enabled = on;
    }

    /** Route name recorded with the turn for each decline reason. */
    static String route(Scope scope) {
        return switch (scope) {
            case DECIDE_OR_PREDICT -> "prediction";
            case STRATEGY -> "strategy";
            case OTHER_JURISDICTION -> "jurisdiction";
            case CRIMINAL -> "criminal";
            // the plain "not covered, whom to contact" reply: recorded and counted as before
            case OFF_TOPIC, PROCEDURE_NOT_IN_GUIDES -> "abstained";
            case SUBSTANTIVE_RIGHTS -> "rights";
            case PROCEDURAL -> "answered";
        };
    }

    /**
     * A decline with its reason. A request to decide or predict whose procedure the guides hold also gets that
     * procedure ({@code procedure}: the retrieval, or null), after the statement that the court decides.
     */
    private Response decline(
            Scope scope,
            Language language,
            AnswerStyle style,
            UnderstandingMessages m,
            String traceId,
            String version,
            String notice,
            RetrievalResult procedure,
            Understanding u) {
        List<String> paragraphs = new ArrayList<>();
        List<GuideLink> suggestions = new ArrayList<>();
        switch (scope) {
            case DECIDE_OR_PREDICT -> {
                paragraphs.add(m.decline_predict());
                paragraphs.add(m.decline_predict_whom());
            }
            case STRATEGY -> {
                paragraphs.add(m.decline_strategy());
                source("legal-aid-" + language.code())
                        .ifPresent(s -> suggestions.add(new GuideLink(
                                s.document().title(),
                                GuideLinks.source(s.document().id()))));
            }
            case OTHER_JURISDICTION -> paragraphs.add(m.decline_jurisdiction());
            case CRIMINAL -> paragraphs.add(m.decline_criminal());
            case OFF_TOPIC -> {
                paragraphs.add(m.decline_off_topic());
                paragraphs.add(m.contacts());
            }
            default -> {
                paragraphs.add(m.decline_not_in_guides());
                paragraphs.add(m.contacts());
            }
        }
        List<Citation> citations = new ArrayList<>();
        List<Passage> cited = new ArrayList<>();
        if (procedure != null) {
            understander
                    .model(language)
                    .flatMap(model -> choose(procedure.passages(), u.firstType(), u.embedding(), model, List.of()))
                    .ifPresent(p -> {
                        paragraphs.add(from(p.chunk(), language));
                        paragraphs.add(WholeSentences.upTo(
                                        withoutBareReply(p.chunk().text()),
                                        language == Language.ZH ? QUOTE_ZH : QUOTE_EN)
                                + " [1]");
                        citations.add(citation(1, p));
                        cited.add(p);
                    });
        }
        // the plain "not covered" reply is labelled as the usual composition labels its abstention
        String answeredBy =
                route(scope).equals("abstained") ? (style == AnswerStyle.PLAIN ? EASY_READ : EXTRACTIVE) : ID;
        Answer answer = new Answer(
                traceId,
                language,
                paragraphs,
                citations,
                citations.isEmpty(),
                suggestions,
                notice,
                answeredBy,
                version,
                style,
                List.of());
        return new Response(answer, cited, procedure == null ? 0 : procedure.tookMicros(), route(scope));
    }

    /**
     * The passage that best answers a part: its retrieval score relative to the best, plus how well its heading asks
     * the part's type, plus how close the question is to the tuning questions the section answers. Sections already
     * chosen for an earlier part are skipped.
     */
    Optional<Passage> choose(
            List<Passage> passages,
            QuestionType type,
            float[] embedding,
            UnderstandingModel model,
            List<Passage> taken) {
        double best = passages.get(0).score();
        String topSource = passages.get(0).chunk().sourceId();
        Passage choice = null;
        double choiceScore = Double.NEGATIVE_INFINITY;
        int typeIndex = model.type().classes().indexOf(type.label());
        for (Passage p : passages) {
            if (taken.stream()
                    .anyMatch(t -> t.chunk().chunkId().equals(p.chunk().chunkId()))) {
                continue;
            }
            // closeness to the tuning questions a section answers counts only within the guide retrieval ranks first:
            // across guides it would favour those that existed when the model was trained over guides added since
            double centroid = p.chunk().sourceId().equals(topSource)
                    ? CENTROID_WEIGHT
                            * model.sectionSimilarity(embedding, p.chunk().chunkId())
                    : 0;
            double score = (best == 0 ? 0 : p.score() / best)
                    + TYPE_WEIGHT * headingType(p.chunk(), model)[typeIndex]
                    + centroid;
            if (score > choiceScore) {
                choiceScore = score;
                choice = p;
            }
        }
        return Optional.ofNullable(choice);
    }

    /** Among the sections that answer how to bring a dispute, the one closest to the rights questions like this one. */
    private Optional<Passage> rightsSection(float[] embedding, UnderstandingModel model) {
        Passage best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String id : model.rightsSections()) {
            String sourceId = id.substring(0, id.indexOf('#'));
            Optional<org.courtguide.retrieval.StoredSource> source = source(sourceId);
            if (source.isEmpty()) {
                continue;
            }
            for (KnowledgeChunk chunk : source.get().sections()) {
                double score = model.sectionSimilarity(embedding, chunk.chunkId());
                if (chunk.chunkId().equals(id) && score > bestScore) {
                    bestScore = score;
                    best = new Passage(chunk, source.get().document(), score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The type a section's heading asks (headings are written as questions); an overview asks none. */
    private double[] headingType(KnowledgeChunk chunk, UnderstandingModel model) {
        return headingTypes.computeIfAbsent(chunk.chunkId(), id -> {
            String heading = chunk.section();
            if (heading.isBlank()) {
                return new double[model.type().classes().size()];
            }
            return model.typeProbabilities(
                    heading.substring(heading.lastIndexOf('›') + 1).strip());
        });
    }

    /** Further sections of the chosen sections' guides that retrieval ranked close, never a guide's closing help section. */
    private List<Passage> related(List<Passage> passages, List<Passage> chosen) {
        double best = passages.get(0).score();
        List<Passage> related = new ArrayList<>();
        for (Passage p : passages) {
            if (chosen.size() + related.size() >= config.maxCitations() || p.score() < best * 0.75) {
                break;
            }
            boolean sameGuide = chosen.stream()
                    .anyMatch(c -> c.chunk().sourceId().equals(p.chunk().sourceId()));
            boolean already = chosen.stream()
                    .anyMatch(c -> c.chunk().chunkId().equals(p.chunk().chunkId()));
            if (sameGuide
                    && !already
                    && !isClosingSection(p.chunk())
                    && !p.chunk().section().isBlank()) {
                related.add(p);
            }
        }
        return related;
    }

    private Optional<org.courtguide.retrieval.StoredSource> source(String id) {
        String version = index.state().knowledgeVersion();
        if (!version.equals(sourcesVersion)) {
            sources.clear();
            sourcesVersion = version;
        }
        return sources.computeIfAbsent(id, index::source);
    }

    private boolean isClosingSection(KnowledgeChunk chunk) {
        return source(chunk.sourceId())
                .map(s -> s.sections().get(s.sections().size() - 1).chunkId().equals(chunk.chunkId()))
                .orElse(false);
    }

    /**
     * The calculator's money-claim bands fit when the chosen section is theirs, or another section of the fees guide
     * whose heading names nothing the question names beyond what the money-claim heading also says ("divorce" in
     * "the fee for divorce, reputation and other non-money cases" does; "how much", "fee" do not).
     */
    private boolean appliesToMoneyClaim(String question, Passage chosen) {
        if (isMoneyClaimFeeSection(chosen)) {
            return true;
        }
        String sourceId = chosen.chunk().sourceId();
        if (!sourceId.startsWith("fees-")) {
            return false;
        }
        Optional<String> moneyHeading = source(sourceId)
                .filter(s -> s.sections().size() > 2)
                .map(s -> s.sections().get(2).section());
        if (moneyHeading.isEmpty()) {
            return false;
        }
        java.util.Set<String> distinctive = headingTerms(chosen.chunk().section());
        distinctive.removeAll(headingTerms(moneyHeading.get()));
        distinctive.retainAll(headingTerms(question));
        return distinctive.isEmpty();
    }

    /** Lower-case words of five letters or more (not "much", "for"), and every pair of adjacent Chinese characters. */
    private static java.util.Set<String> headingTerms(String text) {
        java.util.Set<String> terms = new java.util.HashSet<>();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5 && word.chars().allMatch(c -> c < 0x3000)) {
                terms.add(word);
            }
        }
        for (int i = 0; i + 1 < lower.length(); i++) {
            if (Character.UnicodeScript.of(lower.charAt(i)) == Character.UnicodeScript.HAN
                    && Character.UnicodeScript.of(lower.charAt(i + 1)) == Character.UnicodeScript.HAN) {
                terms.add(lower.substring(i, i + 2));
            }
        }
        return terms;
    }

    private boolean isMoneyClaimFeeSection(Passage passage) {
        // the fees guide's second section is the one with the money-claim bands the calculator applies
        return passage.chunk().sourceId().startsWith("fees-")
                && source(passage.chunk().sourceId())
                        .map(s -> s.sections().size() > 2
                                && s.sections()
                                        .get(2)
                                        .chunkId()
                                        .equals(passage.chunk().chunkId()))
                        .orElse(false);
    }

    private Answer standard(
            List<Passage> chosen,
            List<Passage> related,
            Scope scope,
            Language language,
            UnderstandingMessages m,
            String traceId,
            String version,
            String notice) {
        List<String> paragraphs = new ArrayList<>();
        if (scope == Scope.SUBSTANTIVE_RIGHTS) {
            paragraphs.add(m.rights_note());
        }
        List<Citation> citations = new ArrayList<>();
        int limit = chosen.size() == 1 ? WHOLE_SECTION : language == Language.ZH ? QUOTE_ZH : QUOTE_EN;
        for (int i = 0; i < chosen.size(); i++) {
            KnowledgeChunk c = chosen.get(i).chunk();
            String label = (chosen.size() > 1 ? m.part_label(String.valueOf(i + 1)) + " " : "") + from(c, language);
            paragraphs.add(label);
            paragraphs.add(WholeSentences.upTo(withoutBareReply(c.text()), limit) + " [" + (i + 1) + "]");
            citations.add(citation(i + 1, chosen.get(i)));
        }
        if (!related.isEmpty()) {
            List<String> more = new ArrayList<>();
            for (Passage p : related) {
                int n = citations.size() + 1;
                citations.add(citation(n, p));
                more.add(p.chunk().title() + " › " + p.chunk().section() + " [" + n + "]");
            }
            paragraphs.add((language == Language.ZH ? "另见：" : "See also:") + " " + String.join("; ", more));
        }
        return new Answer(traceId, language, paragraphs, citations, false, List.of(), notice, EXTRACTIVE, version);
    }

    private Answer plain(
            List<Passage> chosen,
            Scope scope,
            Language language,
            UnderstandingMessages m,
            String traceId,
            String version,
            String notice) {
        List<String> lines = new ArrayList<>();
        if (scope == Scope.SUBSTANTIVE_RIGHTS) {
            lines.add(m.rights_note());
        }
        List<Citation> citations = new ArrayList<>();
        Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            Passage p = chosen.get(i);
            String text = STATUTE_REFERENCE
                    .matcher(withoutBareReply(p.chunk().text()))
                    .replaceAll("");
            List<String> sentences = WholeSentences.split(text);
            int n = 0;
            for (String s : sentences) {
                if (n == PLAIN_LINES) {
                    break;
                }
                String line = s.replaceFirst("^[-•]\\s*", "").strip();
                if (line.length() > 1) {
                    lines.add(line + (n == 0 ? " [" + (i + 1) + "]" : ""));
                    n++;
                }
            }
            citations.add(citation(i + 1, p));
            for (GlossaryEntry g : p.document().glossary()) {
                if (glossary.size() < 5 && String.join("", lines).contains(g.term())) {
                    glossary.putIfAbsent(g.term(), g);
                }
            }
        }
        return new Answer(
                traceId,
                language,
                lines,
                citations,
                false,
                List.of(),
                notice,
                EASY_READ,
                version,
                AnswerStyle.PLAIN,
                List.copyOf(glossary.values()));
    }

    private static String from(KnowledgeChunk c, Language language) {
        String section = c.section().isBlank() ? c.title() : c.section();
        return language == Language.ZH
                ? "摘自《" + c.title() + "》“" + section + "”："
                : "From \"" + c.title() + "\", section \"" + section + "\":";
    }

    static String withoutBareReply(String text) {
        return BARE_REPLY.matcher(text.strip()).replaceFirst("");
    }

    /** The same citation as an extractive answer's, review fields included. */
    static Citation citation(int n, Passage passage) {
        return ExtractiveAnswerer.citation(n, passage);
    }

    private static UnderstandingMessages messages(Language language) {
        return MessageBundles.get(UnderstandingMessages.class, Localized.Literal.of(language.code()));
    }
}
