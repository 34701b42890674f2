package org.courtguide.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.courtguide.Language;
import org.courtguide.source.Validity;
import org.courtguide.web.Localizer;
import org.courtguide.web.Messages;

/** Turns the disclosure's figures into what a reader of one language is shown. */
@ApplicationScoped
public class DisclosureViews {

    private final DisclosureService service;
    private final AnswererDescription answerer;
    private final Localizer localizer;

    DisclosureViews(DisclosureService service, AnswererDescription answerer, Localizer localizer) {
        this.service = service;
        this.answerer = answerer;
        this.localizer = localizer;
    }

    public DisclosureView view(Language language) {
        Disclosure d = service.disclosure();
        Messages msg = localizer.messages(language);
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale());
        Disclosure.Summary s = d.summary();

        String answersIntro = null;
        List<String> headline = new ArrayList<>();
        String searchSentence = null;
        if (s != null && s.answerQuestions() != null) {
            answersIntro = msg.disclosure_plain_answers_intro(day(s.answersCheckedOn(), day), s.answerQuestions());
            if (s.answered() != null) {
                headline.add(msg.disclosure_plain_answered(share(s.answered(), msg)));
            }
            if (s.declined() != null) {
                headline.add(msg.disclosure_plain_declined(share(s.declined(), msg)));
            }
            if (s.expectedGuideCited() != null) {
                headline.add(msg.disclosure_plain_expected(share(s.expectedGuideCited(), msg)));
            }
        }
        if (s != null && s.searchTop5() != null) {
            searchSentence = msg.disclosure_plain_search(
                    day(s.searchCheckedOn(), day), s.searchQuestions(), share(s.searchTop5(), msg));
        }
        return new DisclosureView(
                d,
                answerer.usesModel() ? msg.disclosure_answers_by_model() : msg.disclosure_answers_by_quote(),
                answersIntro,
                headline,
                searchSentence,
                moment(d.indexedAt(), moment),
                d.retrieval() == null
                        ? null
                        : day(service.localDate(d.retrieval().date()), day),
                d.answers() == null ? null : day(service.localDate(d.answers().date()), day),
                day(service.localDate(d.lastUpdated()), day),
                d.timeZone(),
                sources(
                        d,
                        language,
                        msg,
                        // short enough to stay on one line beside the title on a phone
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale())));
    }

    /** "about 9 in 10", "all", "nearly all", "fewer than 1 in 10" in the page's language. */
    static String share(Disclosure.Share share, Messages msg) {
        return switch (share.extent()) {
            case ALL -> msg.disclosure_share_all();
            case NEARLY_ALL -> msg.disclosure_share_nearly_all();
            case ABOUT -> msg.disclosure_share_about(share.inTen());
            case FEW -> msg.disclosure_share_few();
        };
    }

    /** The page's language first, so a Chinese reader meets the Chinese guides before their translations. */
    private static List<DisclosureView.SourceRow> sources(
            Disclosure d, Language language, Messages msg, DateTimeFormatter day) {
        return d.sources().stream()
                .sorted(Comparator.comparing(
                        (Disclosure.Source s) -> !language.code().equals(s.language())))
                .map(s -> new DisclosureView.SourceRow(
                        s.title(),
                        s.issuer(),
                        day(s.effective(), day),
                        validity(s.validity(), msg),
                        s.language(),
                        s.href()))
                .toList();
    }

    private static String validity(String key, Messages msg) {
        return switch (Validity.parse(key)) {
            case VALID -> msg.validity_valid();
            case REPEALED -> msg.validity_repealed();
            case SUPERSEDED -> msg.validity_superseded();
        };
    }

    /** An ISO date ({@code 2024-01-01}) in the page's words; anything else as written. */
    private static String day(String isoDate, DateTimeFormatter format) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(isoDate).format(format);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private String moment(String instant, DateTimeFormatter format) {
        ZonedDateTime local = service.local(instant);
        return Objects.isNull(local) ? null : local.format(format);
    }
}
