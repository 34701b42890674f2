package org.courtguide.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import org.courtguide.Language;
import org.courtguide.ShortReferences;
import org.courtguide.cases.CaseStatus;
import org.courtguide.cases.TriageCase;
import org.courtguide.source.Hashing;
import org.jboss.logging.Logger;

/**
 * Stores a consented summary as a {@link TriageCase} and deletes it again on withdrawal. The person gets a reference
 * and a secret; only the secret's hash is kept, so the reference alone (read out on the phone, or seen by staff)
 * withdraws nothing. Logs carry the reference, never the summary.
 */
@ApplicationScoped
public class TriageCaseService {

    private static final Logger LOG = Logger.getLogger(TriageCaseService.class);

    /** What the person keeps: shown once, never stored in the clear. */
    public record Submitted(String reference, String secret) {}

    /** Everything of the case except what the service makes up (id, reference, secret, times, status). */
    record NewCase(Language language, String disputeType, String urgency, String suggestedPath, String summaryJson) {}

    private final Event<CaseWithdrawn> withdrawals;

    TriageCaseService(Event<CaseWithdrawn> withdrawals) {
        this.withdrawals = withdrawals;
    }

    /** One transaction: the case is stored whole or not at all. */
    @Transactional
    public Submitted submit(NewCase submission) {
        String reference = ShortReferences.newReference(r -> TriageCase.findByReference(r) != null);
        String secret = ShortReferences.code(4) + "-" + ShortReferences.code(4) + "-" + ShortReferences.code(4) + "-"
                + ShortReferences.code(4);
        TriageCase triageCase = new TriageCase();
        triageCase.id = UUID.randomUUID().toString();
        triageCase.reference = reference;
        triageCase.secretHash = Hashing.sha256(secret);
        triageCase.language = submission.language().code();
        triageCase.disputeType = submission.disputeType();
        triageCase.urgency = submission.urgency();
        triageCase.suggestedPath = submission.suggestedPath();
        triageCase.summaryJson = submission.summaryJson();
        triageCase.status = CaseStatus.NEW;
        triageCase.createdAt = Instant.now();
        triageCase.updatedAt = triageCase.createdAt;
        triageCase.persistAndFlush();
        LOG.infof(
                "triage case submitted reference=%s type=%s urgency=%s path=%s",
                reference, submission.disputeType(), submission.urgency(), submission.suggestedPath());
        return new Submitted(reference, secret);
    }

    /**
     * Deletes the case when the reference and the secret match; false otherwise, without saying which one was wrong.
     * Whatever its status: consent can be withdrawn at any time.
     */
    @Transactional
    public boolean withdraw(String reference, String secret) {
        String ref = normalize(reference);
        String key = normalize(secret);
        if (ref.isEmpty() || key.isEmpty() || ref.length() > 20) {
            return false;
        }
        TriageCase triageCase = TriageCase.findByReference(ref);
        if (triageCase == null
                || !MessageDigest.isEqual(
                        triageCase.secretHash.getBytes(StandardCharsets.US_ASCII),
                        Hashing.sha256(key).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        // observers (the staff workspace's tombstone and audit) run in this transaction: all or nothing
        withdrawals.fire(new CaseWithdrawn(triageCase.id, triageCase.reference, triageCase.assignedTo, Instant.now()));
        triageCase.delete();
        LOG.infof("triage case withdrawn reference=%s", ref);
        return true;
    }

    /** People type references and secrets in lower case and with spaces; both are upper case with dashes. */
    static String normalize(String value) {
        return ShortReferences.normalize(value);
    }
}
