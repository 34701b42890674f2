package org.courtguide.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One staff action: who, what, on which case or report, when. Written in the transaction of the action itself. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    /** What was done. */
    public enum Action {
        VIEW_CASE,
        ASSIGN,
        UNASSIGN,
        CHANGE_STATUS,
        ADD_NOTE,
        LOG_CONTACT,
        REVIEW_FEEDBACK,
        /** An admin opened the trace of an answer (what produced it). */
        VIEW_TRACE,
        /** The person withdrew the case; recorded with the actor {@link AuditLog#PERSON}. */
        WITHDRAWN,
        /** The retention period of a finished case ended and it was deleted; actor {@link AuditLog#SYSTEM}. */
        DELETED_AFTER_RETENTION
    }

    /** What it was done to. */
    public enum Subject {
        CASE,
        FEEDBACK,
        TRACE
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

    /** The actor's most recent event on one subject, or null. */
    public static AuditEvent lastBy(String actor, Subject subject, String subjectId) {
        return find(
                        "actor = ?1 and subjectType = ?2 and subjectId = ?3 order by createdAt desc, id desc",
                        actor,
                        subject,
                        subjectId)
                .firstResult();
    }

    public static List<AuditEvent> ofSubject(Subject subject, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by createdAt, id", subject, subjectId);
    }
}
