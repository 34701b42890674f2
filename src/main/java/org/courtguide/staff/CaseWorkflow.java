package org.courtguide.staff;

import static org.courtguide.cases.CaseStatus.CLOSED;
import static org.courtguide.cases.CaseStatus.CONTACTED;
import static org.courtguide.cases.CaseStatus.IN_MEDIATION;
import static org.courtguide.cases.CaseStatus.REFERRED_TO_COURT;
import static org.courtguide.cases.CaseStatus.RESOLVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.courtguide.cases.CaseStatus;

/**
 * Which status may follow which. A case moves forward only: new → contacted → in mediation → resolved, referred to
 * court or closed; it can be closed (e.g. the person cannot be reached) or referred at any open step. Resolved,
 * referred and closed are final, so a mistaken click cannot silently reopen someone's dispute.
 */
final class CaseWorkflow {

    private static final Map<CaseStatus, EnumSet<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(CaseStatus.NEW, EnumSet.of(CONTACTED, REFERRED_TO_COURT, CLOSED));
        NEXT.put(CONTACTED, EnumSet.of(IN_MEDIATION, REFERRED_TO_COURT, CLOSED));
        NEXT.put(IN_MEDIATION, EnumSet.of(RESOLVED, REFERRED_TO_COURT, CLOSED));
        NEXT.put(RESOLVED, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(REFERRED_TO_COURT, EnumSet.noneOf(CaseStatus.class));
        NEXT.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
    }

    private CaseWorkflow() {}

    static Set<CaseStatus> next(CaseStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    static boolean allowed(CaseStatus from, CaseStatus to) {
        return NEXT.get(from).contains(to);
    }
}
