package org.courtguide.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtguide.triage.TriageIntakeTest.complete;
import static org.courtguide.triage.TriageIntakeTest.post;
import static org.courtguide.triage.TriageIntakeTest.with;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The answers of the intake as people give them: amounts written "1万8" or named in the description, the month and
 * year in two fields, and the phone number or email address once the person asks to be contacted that way.
 */
@QuarkusTest
class IntakeAnswersTest {

    private static Document page(io.restassured.response.Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        return Jsoup.parse(response.asString());
    }

    private static String summaryValue(Document review, String label) {
        return review.select(".summary-version:not([hidden]) dt:containsOwn(" + label + ") + dd")
                .text();
    }

    @Test
    void an_amount_written_the_way_people_write_it_is_accepted_and_shown_as_understood() {
        Document parties = page(post("/triage", with(complete(), "step", "dispute", "go", "next"), "zh"), 200);
        assertThat(parties.selectFirst("input#f-amount").attr("inputmode")).isEqualTo("decimal");

        Document history =
                page(post("/triage", with(complete(), "step", "parties", "go", "next", "amount", "1万8"), "zh"), 200);
        assertThat(history.select("input[type=hidden][name=amount]").val()).isEqualTo("1万8");
        Document review =
                page(post("/triage", with(complete(), "step", "needs", "go", "next", "amount", "１.８万"), "en"), 200);
        assertThat(summaryValue(review, "Amount in dispute")).isEqualTo("18,000");
        assertThat(review.selectFirst("section[aria-labelledby=fees-heading]").text())
                .contains("For a money claim of 18,000 yuan");
    }

    @Test
    void an_amount_named_in_the_description_is_proposed_in_words_for_the_person_to_check() {
        Map<String, Object> form = with(
                complete(), "step", "dispute", "go", "next", "type", "labour", "description", "公司拖欠我三个月工资，一共一万八千元。");
        form.remove("amount");
        Document parties = page(post("/triage", form, "zh"), 200);
        assertThat(parties.selectFirst("input#f-amount").val()).isEqualTo("18000");
        assertThat(parties.selectFirst("#f-amount-note").text())
                .isEqualTo("我们从您的描述中读到“一万八千元”，已填入18,000。请核对，不对的话请修改或删除。");
        assertThat(parties.selectFirst("input#f-amount").attr("aria-describedby"))
                .contains("f-amount-note");

        // an error elsewhere on the step keeps the note; sending the step confirms the amount and the note goes
        Map<String, Object> again =
                with(form, "step", "parties", "amount", "18000", "amount_read", "一万八千元", "other_party", "nobody");
        assertThat(page(post("/triage", again, "zh"), 400).select("#f-amount-note"))
                .hasSize(1);
        Document history = page(post("/triage", with(again, "other_party", "employer"), "zh"), 200);
        assertThat(history.select("input[name=amount_read]")).isEmpty();
        assertThat(history.select("input[type=hidden][name=amount]").val()).isEqualTo("18000");

        // an amount the person typed is never replaced
        Document typed = page(post("/triage", with(form, "amount", "500"), "zh"), 200);
        assertThat(typed.selectFirst("input#f-amount").val()).isEqualTo("500");
        assertThat(typed.select("#f-amount-note")).isEmpty();
        // two different amounts: nothing is proposed
        Document two = page(post("/triage", with(form, "description", "借了5000元，后来又借了3000元"), "zh"), 200);
        assertThat(two.selectFirst("input#f-amount").val()).isEmpty();
    }

    @Test
    void the_month_and_year_are_asked_in_two_fields_and_shown_in_words() {
        Document parties = page(post("/triage", with(complete(), "step", "dispute", "go", "next"), "zh"), 200);
        assertThat(parties.selectFirst("fieldset#f-when legend").text()).startsWith("纠纷从什么时候开始？");
        assertThat(parties.selectFirst("input#f-when-year").attr("inputmode")).isEqualTo("numeric");
        assertThat(parties.selectFirst("input#f-when-year").val()).isEqualTo("2025");
        assertThat(parties.select("select#f-when-month option").eachText()).contains("3月", "12月");
        assertThat(parties.selectFirst("select#f-when-month option[selected]").val())
                .isEqualTo("03");

        Map<String, Object> form =
                with(complete(), "step", "parties", "go", "next", "when_year", "２０２４", "when_month", "11");
        form.remove("when");
        Document history = page(post("/triage", form, "en"), 200);
        assertThat(history.select("input[type=hidden][name=when]").val()).isEqualTo("2024-11");
        Document review =
                page(post("/triage", with(complete(), "step", "needs", "go", "next", "when", "2024-11"), "en"), 200);
        assertThat(summaryValue(review, "Started")).isEqualTo("November 2024");
    }

    @Test
    void a_wrong_year_or_a_missing_month_or_a_future_month_is_explained_in_the_persons_language() {
        Map<String, Object> form =
                with(complete(), "step", "parties", "go", "next", "when_year", "25", "when_month", "03");
        form.remove("when");
        Document year = page(post("/triage", form, "zh"), 400);
        assertThat(year.selectFirst("#f-when-error").text()).isEqualTo("请填写四位数的年份，例如2025。");
        assertThat(year.select("[role=alert] a[href=#f-when-year]")).hasSize(1);
        assertThat(year.selectFirst("input#f-when-year").val()).isEqualTo("25");
        assertThat(year.selectFirst("select#f-when-month option[selected]").val())
                .isEqualTo("03");

        Document month = page(post("/triage", with(form, "when_year", "2025", "when_month", ""), "en"), 400);
        assertThat(month.selectFirst("#f-when-error").text()).isEqualTo("Please choose the month.");

        YearMonth next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        Document future = page(
                post(
                        "/triage",
                        with(
                                form,
                                "when_year",
                                String.valueOf(next.getYear()),
                                "when_month",
                                String.format("%02d", next.getMonthValue())),
                        "en"),
                400);
        assertThat(future.selectFirst("#f-when-error").text()).startsWith("This date is in the future.");

        // both left empty: the date is optional
        page(post("/triage", with(form, "when_year", "", "when_month", ""), "en"), 200);
    }

    @Test
    void the_phone_number_or_email_address_is_required_once_the_person_chooses_that_way() {
        Document needs = page(post("/triage", with(complete(), "step", "history", "go", "next"), "zh"), 200);
        assertThat(needs.selectFirst("label[for=f-contact-detail]").text())
                .isEqualTo("电话号码或电子邮箱（选择电话或电子邮件联系时必填）")
                .doesNotContain("选填");

        Document phone = page(
                post(
                        "/triage",
                        with(complete(), "step", "needs", "go", "next", "contact", "phone", "contact_detail", ""),
                        "zh"),
                400);
        assertThat(phone.selectFirst("#f-contact-detail-error").text()).isEqualTo("您选择了电话联系，请填写您的电话号码。");
        assertThat(phone.select("[role=alert] a[href=#f-contact-detail]")).hasSize(1);
        assertThat(phone.title()).startsWith("错误：");

        Document email = page(
                post(
                        "/triage",
                        with(complete(), "step", "needs", "go", "next", "contact", "email", "contact_detail", ""),
                        "en"),
                400);
        assertThat(email.selectFirst("#f-contact-detail-error").text())
                .isEqualTo("You chose to be contacted by email: please write your email address.");
        Document wrong = page(
                post(
                        "/triage",
                        with(
                                complete(),
                                "step",
                                "needs",
                                "go",
                                "next",
                                "contact",
                                "email",
                                "contact_detail",
                                "13800138000"),
                        "en"),
                400);
        assertThat(wrong.selectFirst("#f-contact-detail-error").text()).startsWith("This email address does not look");

        // not to be contacted: nothing more is needed
        page(
                post(
                        "/triage",
                        with(complete(), "step", "needs", "go", "next", "contact", "none", "contact_detail", ""),
                        "en"),
                200);
    }

    @Test
    void the_confirmation_shows_what_was_sent_what_happens_next_and_by_when_and_how_to_reach_the_centre() {
        Document done = page(
                post("/triage/submit", with(complete(), "step", "review", "redact", "yes", "consent", "on"), "zh"),
                200);
        assertThat(done.selectFirst("#reference").text()).startsWith("CG-");
        assertThat(done.selectFirst("#next").text())
                .isEqualTo("调解中心会在3个工作日内打电话给您（13800138000）。如果到时没有接到电话，请联系调解中心，并说出您的登记号。");
        assertThat(done.selectFirst("section[aria-labelledby=reach-heading]").text())
                .contains("12368");
        assertThat(done.select("section[aria-labelledby=reach-heading] a[href=/contact]"))
                .hasSize(1);
        assertThat(done.select("button[data-copy=reference], button[data-copy=secret], button[data-print]"))
                .hasSize(3);
        assertThat(done.selectFirst(".warning").text()).contains("打印");
        String sent = done.selectFirst("#sent").text();
        assertThat(sent).contains("一直不还").doesNotContain("110101199003074514");

        Document none = page(
                post(
                        "/triage/submit",
                        with(
                                complete(),
                                "step",
                                "review",
                                "contact",
                                "none",
                                "contact_detail",
                                "",
                                "urgency",
                                "safety",
                                "type",
                                "family",
                                "consent",
                                "on"),
                        "en"),
                200);
        assertThat(none.selectFirst("#next").text()).startsWith("You chose not to be contacted.");
        assertThat(none.text()).contains("call the police on 110");
    }

    @Test
    void a_wage_dispute_shows_its_paths_in_order_with_why_and_no_court_fee_estimate_heading() {
        Document parties =
                page(post("/triage", with(complete(), "step", "dispute", "go", "next", "type", "labour"), "zh"), 200);
        assertThat(parties.selectFirst("fieldset#f-labour-issue legend").text()).startsWith("工作方面的纠纷主要是关于什么？");
        Document loans = page(post("/triage", with(complete(), "step", "dispute", "go", "next"), "zh"), 200);
        assertThat(loans.select("fieldset#f-labour-issue")).isEmpty();

        Document review = page(
                post(
                        "/triage",
                        with(
                                complete(),
                                "step",
                                "needs",
                                "go",
                                "next",
                                "type",
                                "labour",
                                "labour_issue",
                                "wages",
                                "other_party",
                                "employer",
                                "amount",
                                "18000",
                                "debt",
                                "yes",
                                "tried",
                                "talked"),
                        "zh"),
                200);
        assertThat(review.selectFirst("#suggested-heading").text())
                .startsWith("建议的途径")
                .endsWith("向劳动保障监察机构投诉欠薪（劳动监察）");
        assertThat(review.selectFirst(".suggested").text()).contains("不收费").contains("《劳动保障监察条例》第九条");
        assertThat(review.select("section[aria-labelledby=also-heading] .path h3")
                        .eachText())
                .containsExactly("申请支付令追讨欠薪", "先申请劳动仲裁");
        assertThat(review.selectFirst("section[aria-labelledby=also-heading]").text())
                .contains("《中华人民共和国劳动合同法》第三十条")
                .contains("15日内");
        assertThat(review.select("#deadlines-heading + ul li").eachText())
                .anySatisfy(d -> assertThat(d).contains("2年").contains("第二十条"));
        assertThat(review.selectFirst("#fees-heading").text()).isEqualTo("费用").isNotEqualTo("诉讼费估算");
        assertThat(review.selectFirst("section[aria-labelledby=fees-heading]").text())
                .contains("劳动仲裁不收费")
                .contains("向劳动监察投诉不收费")
                .contains("申请支付令的，按三分之一交纳：");
        assertThat(review.select(".summary-version:not([hidden]) dt:containsOwn(工作纠纷的问题) + dd")
                        .text())
                .isEqualTo("拖欠工资、加班费等劳动报酬");

        // a money claim that is not about work keeps the court fee estimate
        Document loan = page(post("/triage", with(complete(), "step", "needs", "go", "next"), "zh"), 200);
        assertThat(loan.selectFirst("#fees-heading").text()).isEqualTo("诉讼费估算");
        assertThat(loan.select(".summary-version dt:containsOwn(工作纠纷的问题)")).isEmpty();
    }
}
