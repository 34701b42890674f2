package org.courtguide.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtguide.cases.TriageCase;
import org.courtguide.testsupport.CsrfForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Cases made the way people make them: the public intake form, sent with consent over HTTP, so that what staff see is
 * exactly what the intake stores. The one thing the form cannot make is age, so a test that needs a case that has
 * waited moves its received time back afterwards.
 */
final class TestCases {

    static final String PHONE = "13800138000";

    /** A case as sent, with the secret the person keeps (to withdraw it). */
    record Sent(TriageCase stored, String secret) {
        String id() {
            return stored.id;
        }

        String reference() {
            return stored.reference;
        }
    }

    private TestCases() {}

    /** A complete intake: a small loan between neighbours, contact by phone, sent as written, in Chinese. */
    static Map<String, Object> answers(String disputeType, String urgency) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("type", disputeType);
        form.put("description", "邻居借了我两万元，一直不还，协商未果。");
        form.put("other_party", "individual");
        form.put("other_name", "张伟");
        form.put("amount", "20000");
        form.put("province", "guangdong");
        form.put("when", "2025-03");
        form.put("tried", List.of("talked"));
        form.put("debt", "yes");
        form.put("facts", "yes");
        form.put("urgency", urgency);
        form.put("needs", List.of("interpreter"));
        form.put("interpreter_language", "维吾尔语");
        form.put("contact", "phone");
        form.put("contact_detail", PHONE);
        form.put("name", "李娜");
        return form;
    }

    /** Sends the intake with consent through {@code POST /triage/submit}, as the review page's form does. */
    static Sent submit(Map<String, Object> answers, String language) {
        var request = CsrfForm.given()
                .redirects()
                .follow(false)
                .cookie("cg_lang", language)
                .formParam("step", "review")
                .formParam("redact", "no")
                .formParam("consent", "on");
        for (var entry : answers.entrySet()) {
            if (entry.getValue() instanceof List<?> values) {
                request = request.formParam(entry.getKey(), values.toArray());
            } else {
                request = request.formParam(entry.getKey(), entry.getValue());
            }
        }
        var response = request.when().post("/triage/submit");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the intake refused the test case: " + response.statusCode());
        }
        Document done = Jsoup.parse(response.asString());
        String reference = done.selectFirst("#reference").text();
        String secret = done.selectFirst("#secret").text();
        return new Sent(QuarkusTransaction.requiringNew().call(() -> TriageCase.findByReference(reference)), secret);
    }

    static Sent submit(String disputeType, String urgency) {
        return submit(answers(disputeType, urgency), "zh");
    }

    /** A case sent through the intake that has been waiting for {@code age}. */
    static TriageCase persist(String disputeType, String urgency, Duration age) {
        Sent sent = submit(disputeType, urgency);
        age(sent.id(), age);
        return reload(sent.id());
    }

    /** Moves a case's received time back: the waiting a test needs. */
    static void age(String id, Duration age) {
        QuarkusTransaction.requiringNew().run(() -> {
            TriageCase c = TriageCase.findById(id);
            c.createdAt = Instant.now().minus(age);
            c.updatedAt = c.createdAt;
        });
    }

    /** Withdraws the case as the person does, with the reference and the secret on the public withdrawal form. */
    static void withdraw(Sent sent) {
        int status = CsrfForm.given()
                .redirects()
                .follow(false)
                .formParam("reference", sent.reference())
                .formParam("secret", sent.secret())
                .when()
                .post("/triage/withdraw")
                .statusCode();
        if (status != 200) {
            throw new IllegalStateException("the withdrawal was refused: " + status);
        }
    }

    static TriageCase reload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> TriageCase.<TriageCase>findById(id));
    }

    static void deleteAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            ContactAttempt.deleteAll();
            CaseNote.deleteAll();
            CaseWithdrawal.deleteAll();
            AuditEvent.deleteAll();
            TriageCase.deleteAll();
        });
    }
}
