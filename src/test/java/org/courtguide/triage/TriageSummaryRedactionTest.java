package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description holding a card number typed with spaces and a phone number in full-width digits, sent through the real
 * intake with "hide personal details": neither is shown in the summary nor stored with the case. The case is withdrawn
 * at the end, as the person could, so that other tests find the store as they left it.
 */
@QuarkusTest
class TriageSummaryRedactionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "张伟借了我两万元，让我还到他的银行卡6222 0212 3456 7890 123，他手机１３９１２３４５６７８。|zh|一直不还",
                "Zhang Wei owes me 20,000 yuan; I paid into card 6222-0212-3456-7890-123, call +86 139 1234 5678.|en|owes me"
            })
    void the_stored_summary_holds_no_card_or_phone_number(String description, String lang, String kept) {
        String text = lang.equals("zh") ? description.replace("。", "，一直不还。") : description;
        Document review = Jsoup.parse(TriageIntakeTest.post(
                        "/triage",
                        TriageIntakeTest.with(
                                TriageIntakeTest.complete(),
                                "description",
                                text,
                                "step",
                                "review",
                                "go",
                                "review",
                                "redact",
                                "yes"),
                        lang)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(review.select(".summary[data-redact=yes] dd").eachText())
                .anySatisfy(shown -> assertThat(shown).contains(kept));
        assertThat(digitsOf(review.select(".summary[data-redact=yes]").text()))
                .doesNotContain("62220212", "13912345678");

        Document done = Jsoup.parse(TriageIntakeTest.post(
                        "/triage/submit",
                        TriageIntakeTest.with(
                                TriageIntakeTest.complete(),
                                "description",
                                text,
                                "step",
                                "review",
                                "redact",
                                "yes",
                                "consent",
                                "on"),
                        lang)
                .then()
                .statusCode(200)
                .extract()
                .asString());
        String reference = done.selectFirst("#reference").text();
        String secret = done.selectFirst("#secret").text();
        try {
            TriageCase stored = QuarkusTransaction.requiringNew().call(() -> TriageCase.findByReference(reference));
            assertThat(stored.summaryJson).contains(kept);
            assertThat(digitsOf(stored.summaryJson)).doesNotContain("62220212", "13912345678");
        } finally {
            CsrfForm.given()
                    .cookie("cg_lang", lang)
                    .formParam("reference", reference)
                    .formParam("secret", secret)
                    .post("/triage/withdraw")
                    .then()
                    .statusCode(200);
        }
    }

    /** Full-width digits as ASCII, separators dropped, so a number cannot hide behind spacing or width. */
    private static String digitsOf(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replaceAll("[ \\-]", "");
    }
}
