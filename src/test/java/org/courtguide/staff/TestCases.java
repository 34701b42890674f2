package org.courtguide.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.courtguide.triage.CaseStatus;
import org.courtguide.triage.TriageCase;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Cases as the intake would have stored them, persisted directly. */
final class TestCases {

    private TestCases() {
    }

    static TriageCase persist(String disputeType, String urgency, Duration age) {
        return QuarkusTransaction.requiringNew().call(() -> create(disputeType, urgency, age));
    }

    private static TriageCase create(String disputeType, String urgency, Duration age) {
        TriageCase c = new TriageCase();
        c.id = UUID.randomUUID().toString();
        c.reference = "CG-" + c.id.substring(0, 4).toUpperCase() + "-" + c.id.substring(4, 8).toUpperCase();
        c.secretHash = "0".repeat(64);
        c.language = "zh";
        c.disputeType = disputeType;
        c.urgency = urgency;
        c.suggestedPath = "peoples_mediation";
        c.summaryJson = "{\"what\":\"邻居漏水，协商未果\",\"since\":\"2026-10\"}";
        c.status = CaseStatus.NEW;
        c.createdAt = Instant.now().minus(age);
        c.updatedAt = c.createdAt;
        c.persist();
        return c;
    }

    static TriageCase reload(String id) {
        return QuarkusTransaction.requiringNew().call(() -> TriageCase.<TriageCase>findById(id));
    }

    static void setStatus(String id, CaseStatus status) {
        QuarkusTransaction.requiringNew().run(() -> TriageCase.<TriageCase>findById(id).status = status);
    }

    static void deleteAll() {
        QuarkusTransaction.requiringNew().run(() -> {
            CaseNote.deleteAll();
            AuditEvent.deleteAll();
            TriageCase.deleteAll();
        });
    }
}
