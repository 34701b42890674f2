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
import java.util.List;

/** A mediator's note on a case: internal, never shown to the person who sent the case. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    public Long id;

    /** The {@code TriageCase} id; the database deletes notes with their case. */
    @Column(name = "case_id", nullable = false, length = 36)
    public String caseId;

    @Column(nullable = false, length = 120)
    public String author;

    @Column(nullable = false, length = 4000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<CaseNote> ofCase(String caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
