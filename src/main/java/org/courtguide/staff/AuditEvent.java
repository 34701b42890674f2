package org.courtguide.staff;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One staff action: who, what, on which case or report, when. Written in the transaction of the action itself. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** What was done. */
    public enum Action {
        VIEW_CASE,
        ASSIGN,
        CHANGE_STATUS,
        ADD_NOTE,
        REVIEW_FEEDBACK
    }

    /** What it was done to. */
    public enum Subject {
        CASE,
        FEEDBACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 120)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 24)
    public Subject subjectType;

    /** The case reference (not its id: that is what staff search for) or the feedback id. */
    @Column(name = "subject_id", nullable = false, length = 60)
    public String subjectId;

    /** E.g. the new status; never case content. */
    @Column(length = 200)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<AuditEvent> latest(int max) {
        return find("order by createdAt desc, id desc").page(0, max).list();
    }

    public static List<AuditEvent> ofSubject(Subject subject, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by createdAt, id", subject, subjectId);
    }
}
