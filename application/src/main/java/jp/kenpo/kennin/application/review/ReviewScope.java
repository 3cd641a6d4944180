package jp.kenpo.kennin.application.review;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * The one place the review decides what a reviewer reaches: a member of the reviewer's own
 * insurer in its current survey year, and that member's dependents asked about this year.
 * Anything else is not found, like an unknown id.
 */
final class ReviewScope {
    private ReviewScope() {
    }

    /** Checks {@code REVIEW}, then finds the case. */
    static Optional<StaffCase> caseOf(ReviewPorts ports, SignedInStaff staff, MemberId member) {
        StaffMayNot.check(staff, StaffPermission.REVIEW);
        return StaffCase.of(ports.survey(), staff.insurerCode(), member);
    }

    static List<Dependent> inScope(ReviewPorts ports, StaffCase c) {
        return ports.survey().dependents().dependentsOf(c.member().id()).stream()
                .filter(d -> d.member().equals(c.member().id()))
                .filter(d -> c.year().scope().includes(d, c.year().referenceDate())).toList();
    }

    static Optional<Dependent> dependent(ReviewPorts ports, StaffCase c, DependentId id) {
        return inScope(ports, c).stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Inside the writing transaction, after its writes. */
    static void progressed(ReviewPorts ports, StaffCase c) {
        ports.progress().memberChanged(c.year().insurer(), c.year().fiscalYear(), c.member().id());
    }
}
