package org.courtguide.triage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.ask.FeeQuestionAnswerer;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The intake over HTTP as a browser without JavaScript uses it: steps, Back without loss, polite errors tied to their
 * fields, the result with its legal basis and fee, consent, the stored case, and withdrawal. Runs on H2; the same
 * store on PostgreSQL is {@link TriageOnPostgresTest}.
 */
@QuarkusTest
class TriageIntakeTest {

    /** As browsers send it: UTF-8 (RestAssured would default to ISO-8859-1 and lose Chinese). */
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    /** A complete set of answers: a small, clear loan claim in Guangdong (test wage 100,000 → threshold 50,000). */
    static Map<String, Object> complete() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", "loans");
        form.put("description", "张伟借了我两万元，身份证号110101199003074514，一直不还。");
        form.put("other_party", "individual");
        form.put("other_name", "张伟");
        form.put("amount", "20000");
        form.put("province", "guangdong");
        form.put("when", "2025-03");
        form.put("tried", List.of("talked", "mediation"));
        form.put("debt", "no");
        form.put("facts", "yes");
        form.put("urgency", "normal");
        form.put("needs", List.of("legal_aid"));
        form.put("contact", "phone");
        form.put("contact_detail", "13800138000");
        return form;
    }

    static Response post(String path, Map<String, Object> form, String lang) {
        var request = CsrfForm.given().redirects().follow(false).cookie("cg_lang", lang);
        for (var entry : form.entrySet()) {
            if (entry.getValue() instanceof List<?> values) {
                request = request.formParam(entry.getKey(), values.toArray());
            } else {
                request = request.formParam(entry.getKey(), entry.getValue());
            }
        }
        return request.when().post(path);
    }

    static Map<String, Object> with(Map<String, Object> form, Object... pairs) {
        Map<String, Object> copy = new LinkedHashMap<>(form);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }

    static long cases() {
        return QuarkusTransaction.requiringNew().call(() -> (Long) TriageCase.count());
    }

    @BeforeEach
    void clean() {
        QuarkusTransaction.requiringNew().run(() -> TriageCase.deleteAll());
    }

    @Test
    void the_first_step_asks_for_the_dispute_type_in_the_persons_language() {
        Document en = Jsoup.parse(given().cookie("cg_lang", "en")
                .get("/triage")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .extract()
                .asString());
        assertThat(en.select("fieldset#f-type legend").text()).isEqualTo("What is the dispute about?");
        assertThat(en.select("input[name=type]")).hasSize(10);
        Document zh = Jsoup.parse(given().cookie("cg_lang", "zh")
                .get("/triage")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(zh.select("fieldset#f-type legend").text()).isEqualTo("纠纷是关于什么的？");
    }

    @Test
    void next_without_a_required_answer_explains_politely_next_to_the_field_and_keeps_what_was_typed() {
        Response response = post("/triage", Map.of("step", "dispute", "go", "next", "description", "邻居漏水"), "en");
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        Element group = page.selectFirst("fieldset#f-type");
        assertThat(group.attr("aria-describedby")).isEqualTo("f-type-error");
        assertThat(page.selectFirst("#f-type-error").text()).isEqualTo("Please choose what the dispute is about.");
        assertThat(page.select("[role=alert] a[href=#f-type-family]")).hasSize(1);
        assertThat(page.selectFirst("textarea#f-description").text()).isEqualTo("邻居漏水");
    }

    @Test
    void an_amount_that_is_not_a_number_is_refused_in_chinese_and_the_other_answers_stay() {
        Map<String, Object> form = with(complete(), "step", "parties", "go", "next", "amount", "两三万");
        Document page = Jsoup.parse(
                post("/triage", form, "zh").then().statusCode(400).extract().asString());
        assertThat(page.selectFirst("#f-amount-error").text()).isEqualTo("请填写金额（元），例如18000、1.8万或者1万8千。");
        assertThat(page.selectFirst("input#f-amount").attr("aria-describedby"))
                .isEqualTo("f-amount-hint f-amount-error");
        assertThat(page.selectFirst("input#f-amount").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("input#f-amount").val()).isEqualTo("两三万");
        // the answers of the other steps travel on as hidden fields
        assertThat(page.select("input[type=hidden][name=type]").val()).isEqualTo("loans");
        assertThat(page.select("input[type=hidden][name=tried]").eachAttr("value"))
                .containsExactly("talked", "mediation");
    }

    @Test
    void back_returns_to_the_previous_step_with_its_answers_and_carries_the_rest() {
        Map<String, Object> form = with(complete(), "step", "history", "go", "back");
        Document page = Jsoup.parse(
                post("/triage", form, "en").then().statusCode(200).extract().asString());
        assertThat(page.select("input[type=hidden][name=step]").val()).isEqualTo("parties");
        assertThat(page.selectFirst("input#f-other-party-individual").hasAttr("checked"))
                .isTrue();
        assertThat(page.selectFirst("input#f-amount").val()).isEqualTo("20000");
        assertThat(page.selectFirst("select#f-province option[selected]").val()).isEqualTo("guangdong");
        assertThat(page.select("input[type=hidden][name=facts]").val()).isEqualTo("yes");
    }

    @Test
    void the_result_suggests_a_path_with_its_legal_basis_deadlines_fee_and_guides_labelled_as_guidance() {
        Document page = Jsoup.parse(post("/triage", with(complete(), "step", "needs", "go", "next"), "en")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.selectFirst(".guidance-label").text()).startsWith("This is guidance, not a decision.");
        assertThat(page.selectFirst("#suggested-heading").text())
                .isEqualTo("Suggested path: The small claims procedure");
        assertThat(page.selectFirst(".suggested .basis").text()).contains("Civil Procedure Law, Article 165");
        assertThat(page.select("#deadlines-heading + ul li").eachText())
                .anySatisfy(d -> assertThat(d).contains("2 months").contains("Article 168"));
        String fees = page.selectFirst("section[aria-labelledby=fees-heading]").text();
        assertThat(fees)
                .contains("For a money claim of 20,000 yuan the case acceptance fee is 300 yuan.")
                .contains("halved: 150 yuan")
                .contains("Measures on the Payment of Litigation Costs, Article 13")
                .contains("The small claims threshold in Guangdong is 50,000 yuan");
        assertThat(page.select("section[aria-labelledby=guides-heading] a").eachAttr("href"))
                .contains("/guides/small-claims-en", "/guides/fees-en");
        assertThat(page.text())
                .doesNotContainIgnoringCase("likely to win")
                .doesNotContainIgnoringCase("chance of winning");
    }

    @Test
    void urgent_safety_puts_emergency_contacts_and_the_protection_order_first() {
        Document page = Jsoup.parse(post(
                        "/triage",
                        with(complete(), "step", "needs", "go", "next", "type", "family", "urgency", "safety"),
                        "zh")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(page.select("#contacts-heading + ul a").eachAttr("href")).contains("tel:110");
        assertThat(page.selectFirst("#suggested-heading").text()).contains("人身安全保护令");
        assertThat(page.selectFirst(".suggested .basis").text()).contains("《中华人民共和国反家庭暴力法》第二十三条");
    }

    @Test
    void nothing_is_stored_while_moving_through_the_steps_nor_when_sending_without_consent() {
        post("/triage", with(complete(), "step", "dispute", "go", "next"), "en")
                .then()
                .statusCode(200);
        post("/triage", with(complete(), "step", "needs", "go", "next"), "en")
                .then()
                .statusCode(200);
        Response refused = post("/triage/submit", with(complete(), "step", "review"), "en");

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.selectFirst("#consent-error").text()).startsWith("Please tick the box");
        assertThat(page.selectFirst("#consent").attr("aria-describedby")).isEqualTo("consent-error");
        assertThat(cases()).isZero();
    }

    @Test
    void an_incomplete_intake_is_not_stored_even_with_consent() {
        Map<String, Object> form = with(complete(), "consent", "on");
        form.remove("contact");
        assertThat(post("/triage/submit", form, "en").statusCode()).isEqualTo(400);
        assertThat(cases()).isZero();
    }

    @Test
    void with_consent_the_exact_summary_is_stored_as_a_new_case_with_only_the_secrets_hash_and_can_be_withdrawn() {
        // the person chose to hide personal details in the description
        Document review =
                Jsoup.parse(post("/triage", with(complete(), "step", "review", "go", "review", "redact", "yes"), "en")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        String shownDescription = review.select(".summary-version:not([hidden]) dt:containsOwn(What happened) + dd")
                .text();
        assertThat(shownDescription).doesNotContain("110101199003074514").contains("一直不还");

        Document done = Jsoup.parse(
                post("/triage/submit", with(complete(), "step", "review", "redact", "yes", "consent", "on"), "en")
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", "no-store")
                        .extract()
                        .asString());
        String reference = done.selectFirst("#reference").text();
        String secret = done.selectFirst("#secret").text();
        assertThat(reference).matches("CG-[2-9A-Z]{4}-[2-9A-Z]{4}");

        TriageCase stored = QuarkusTransaction.requiringNew().call(() -> TriageCase.findByReference(reference));
        assertThat(stored.status).isEqualTo(CaseStatus.NEW);
        assertThat(stored.disputeType).isEqualTo("loans");
        assertThat(stored.suggestedPath).isEqualTo("small-claims");
        assertThat(stored.language).isEqualTo("en");
        assertThat(stored.secretHash).hasSize(64).doesNotContain(secret);
        assertThat(stored.summaryJson)
                .contains(shownDescription)
                .doesNotContain("110101199003074514")
                .contains("13800138000");

        // the wrong secret withdraws nothing, and does not say which part was wrong
        Response wrong = CsrfForm.given()
                .cookie("cg_lang", "en")
                .formParam("reference", reference)
                .formParam("secret", "AAAA-BBBB-CCCC-DDDD")
                .post("/triage/withdraw");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(wrong.asString()).selectFirst("#withdraw-error").text())
                .isEqualTo("No summary matches this reference number and secret. Please check both and try again.");
        assertThat(cases()).isEqualTo(1);

        CsrfForm.given()
                .cookie("cg_lang", "en")
                .formParam("reference", reference.toLowerCase())
                .formParam("secret", " " + secret.toLowerCase() + " ")
                .post("/triage/withdraw")
                .then()
                .statusCode(200);
        assertThat(cases()).isZero();
    }

    @Test
    void the_start_page_and_the_navigation_link_to_the_intake_in_both_languages() {
        Document zh = Jsoup.parse(given().cookie("cg_lang", "zh")
                .get("/")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(zh.select("nav.site-nav a[href=/triage]").text()).isEqualTo("化解纠纷");
        assertThat(zh.select("main a[href=/triage]").text()).contains("调解");
        Document en = Jsoup.parse(given().cookie("cg_lang", "en")
                .get("/guides")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(en.select("nav.site-nav a[href=/triage]").text()).isEqualTo("Resolve a dispute");
    }

    @Test
    void the_ask_box_answers_a_fee_question_with_the_computed_fee_and_cites_the_measures() {
        var zh = given().contentType(ContentType.JSON)
                .body(Map.of("question", "起诉10万元要交多少诉讼费？"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(zh.getBoolean("abstained")).isFalse();
        assertThat(zh.getString("answer")).contains("2,300元").contains("1,150元").contains("不预测案件结果");
        assertThat(zh.getList("citations.title", String.class))
                .contains("《诉讼费用交纳办法》第十三条", "《诉讼费用交纳办法》第十六条", "《诉讼费用交纳办法》第十五条");

        var en = given().contentType(ContentType.JSON)
                .body(Map.of("question", "How much does it cost to sue for 100,000 yuan?", "language", "en"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(en.getString("answer")).contains("2,300 yuan");
        // each link opens the section of the fees guide that explains what it cites
        List<String> urls = en.getList("citations.url", String.class);
        assertThat(urls).hasSize(4).allSatisfy(url -> assertThat(url).startsWith("/guides/fees-en#"));
        for (String url : urls) {
            String anchor = url.substring(url.indexOf('#') + 1);
            assertThat(given().when()
                            .get(url.substring(0, url.indexOf('#')))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .as(url)
                    .contains("id=\"" + anchor + "\"");
        }
        assertThat(urls.get(1))
                .as("the halving articles")
                .isEqualTo(urls.get(2))
                .isNotEqualTo(urls.get(0));
        assertThat(en.getString("citations[3].title"))
                .isEqualTo("Court fees: how much, who pays, and what if you cannot afford them");
        assertThat(en.getString("citations[3].issuer")).startsWith("Compiled by the operator of Court Guide");
    }

    @Test
    void a_fee_question_without_an_amount_still_goes_to_the_guides() {
        var answer = given().contentType(ContentType.JSON)
                .body(Map.of("question", "诉讼费由谁承担？"))
                .post("/api/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.getList("citations.sourceId", String.class)).doesNotContain(FeeQuestionAnswerer.ID);
    }

    @Inject
    Instance<IntakeFieldProposer> proposers;

    @Test
    void without_a_model_there_is_no_suggest_button_and_a_crafted_suggest_changes_nothing() {
        assertThat(proposers.isResolvable()).isFalse();
        Document start = Jsoup.parse(given().cookie("cg_lang", "en")
                .get("/triage")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(start.select("button[value=suggest]")).isEmpty();
        assertThat(start.text()).doesNotContain("Suggest answers from my description");
        assertThat(given().cookie("cg_lang", "en").get("/disclosure").asString())
                .doesNotContain("intake-suggestions");

        Response response = post(
                "/triage",
                Map.of(
                        "step",
                        "dispute",
                        "go",
                        "suggest",
                        "type",
                        "loans",
                        "description",
                        "Li Si borrowed 20,000 yuan in Guangzhou and does not pay it back."),
                "en");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.selectFirst("textarea#f-description").text())
                .isEqualTo("Li Si borrowed 20,000 yuan in Guangzhou and does not pay it back.");
        assertThat(page.selectFirst("#f-type-loans").hasAttr("checked")).isTrue();
        // a model call would have failed against the unused address and said so; nothing was proposed or noted
        assertThat(page.select(".proposal-note, .suggested, input[name=suggested], input[name=amount]"))
                .isEmpty();
    }
}
