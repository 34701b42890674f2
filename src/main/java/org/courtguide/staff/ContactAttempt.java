package org.courtguide.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One attempt to reach the person: the contact log of a case. Deleted with the case. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends PanacheEntityBase {

    /** How the mediator tried. */
    public enum Channel {
        PHONE,
        SMS,
        EMAIL,
        LETTER,
        IN_PERSON
    }

    /** What came of it. */
    public enum Outcome {
        REACHED,
        NO_ANSWER,
        LEFT_MESSAGE,
        WRONG_DETAILS,
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_attempt_seq")
    @SequenceGenerator(name = "contact_attempt_seq", sequenceName = "contact_attempt_seq", allocationSize = 50)
    public Long id;

    @Column(name = "case_id", nullable = false, length = 36)
    public String caseId;

    @Column(nullable = false, length = 120)
    public String author;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Outcome outcome;

    @Column(name = "next_action", length = 500)
    public String nextAction;

    @Column(name = "follow_up")
    public LocalDate followUp;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<ContactAttempt> ofCase(String caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
