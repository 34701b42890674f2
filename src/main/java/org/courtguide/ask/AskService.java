package org.courtguide.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.courtguide.guides.GuideLinks;
import org.courtguide.knowledge.SourceKind;
import org.courtguide.retrieval.HybridRetriever;
import org.courtguide.retrieval.KnowledgeIndex;
import org.courtguide.retrieval.Passage;
import org.courtguide.retrieval.RetrievalResult;
import org.courtguide.retrieval.SearchFilter;
import org.courtguide.Language;
import org.courtguide.web.Localizer;
import org.courtguide.web.Messages;
import org.jboss.logging.Logger;

/**
 * Answers a question: retrieve guide sections in the question's language, decide whether they cover it, compose a
 * cited answer or abstain with contacts, and record a trace. Logs carry the trace id, never the question.
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

    AskService(HybridRetriever retriever, KnowledgeIndex index, CoveragePolicy coverage, ExtractiveAnswerer extractive,
            PlainLanguageAnswerer plain, Localizer localizer, AskConfig config) {
        this.plain = plain;
        this.retriever = retriever;
        this.index = index;
        this.coverage = coverage;
        this.extractive = extractive;
        this.localizer = localizer;
        this.config = config;
    }

    @Transactional
    public Answer ask(String question, Language language) {
        return ask(question, language, AnswerStyle.STANDARD);
    }

    /** The same retrieval and coverage decision in either style; only the composition differs. */
    @Transactional
    public Answer ask(String question, Language language, AnswerStyle style) {
        String traceId = UUID.randomUUID().toString();
        Messages messages = localizer.messages(language);
        SearchFilter guidesInLanguage = SearchFilter.language(language.code()).onlyKind(SourceKind.GUIDE);
        RetrievalResult result = retriever.retrieve(question, guidesInLanguage, config.passages());
        String version = index.state().knowledgeVersion();
        Answer answer;
        if (coverage.covers(result, language)) {
            ExtractiveAnswerer.Composition composition = extractive.compose(result.passages(), messages);
            if (style == AnswerStyle.PLAIN) {
                PlainLanguageAnswerer.Composition easy = plain.compose(result.passages(), composition.citations(),
                        question, messages);
                answer = new Answer(traceId, language, easy.lines(), composition.citations(), false, List.of(),
                        messages.answer_notice(), PlainLanguageAnswerer.ID, version, style, easy.glossary());
            } else {
                answer = new Answer(traceId, language, composition.paragraphs(), composition.citations(), false,
                        List.of(), messages.answer_notice(), ExtractiveAnswerer.ID, version);
            }
        } else if (style == AnswerStyle.PLAIN) {
            answer = new Answer(traceId, language, plain.abstention(messages), List.of(), true,
                    closestGuides(result.passages()), messages.answer_notice(), PlainLanguageAnswerer.ID, version, style,
                    List.of());
        } else {
            answer = new Answer(traceId, language, List.of(messages.abstain_text(), messages.abstain_contacts() + " "
                    + messages.abstain_contact_centre() + " " + messages.abstain_contact_hotline()), List.of(), true,
                    closestGuides(result.passages()), messages.answer_notice(), ExtractiveAnswerer.ID, version);
        }
        AnswerTrace.of(answer, result.tookMicros()).persist();
        LOG.infof("answered trace=%s lang=%s abstained=%s citations=%d retrieval=%dms", traceId, language.code(),
                answer.abstained(), answer.citations().size(), result.tookMicros() / 1000);
        return answer;
    }

    private static List<GuideLink> closestGuides(List<Passage> passages) {
        Map<String, GuideLink> bySource = new LinkedHashMap<>();
        for (Passage p : passages) {
            if (bySource.size() == SUGGESTIONS) {
                break;
            }
            bySource.putIfAbsent(p.chunk().sourceId(),
                    new GuideLink(p.document().title(), GuideLinks.source(p.chunk().sourceId())));
        }
        return List.copyOf(bySource.values());
    }
}
