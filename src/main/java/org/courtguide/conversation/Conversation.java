package org.courtguide.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A person's conversation: random id, the hash of the secret only their browser holds (so nobody can open it by
 * guessing ids), language, mode and when it expires.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "secret_hash", nullable = false, length = 64)
    public String secretHash;

    @Column(nullable = false, length = 2)
    public String language;

    @Column(nullable = false, length = 16)
    public String mode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public static List<String> idsExpiredBefore(Instant now) {
        return getEntityManager()
                .createQuery("select c.id from Conversation c where c.expiresAt < :now", String.class)
                .setParameter("now", now)
                .getResultList();
    }
}
