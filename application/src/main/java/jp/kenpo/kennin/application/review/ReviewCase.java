package jp.kenpo.kennin.application.review;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * What the review screen renders for one member in the insurer's current survey year.
 *
 * @param memberIncome the member's own expected income for the year, as they answered it
 * @param dependents   every dependent asked about this year, in the roster's order
 * @param claim        the reviewer who took the member's submission, if anyone did
 * @param fourEyes     the insurer's rule: which decisions wait for a second reviewer
 * @param staffNames   display names of every staff member the case names (deciders, approvers,
 *                     rejecters, requesters, the claim's holder)
 */
public record ReviewCase(InsuredMember member, SurveyYear year, Optional<YenAmount> memberIncome,
                         List<ReviewedDependent> dependents, Optional<ReviewClaim> claim, FourEyesRule fourEyes,
                         Map<StaffId, String> staffNames) {
    public ReviewCase {
        Objects.requireNonNull(member);
        Objects.requireNonNull(year);
        Objects.requireNonNull(memberIncome);
        dependents = List.copyOf(dependents);
        Objects.requireNonNull(claim);
        Objects.requireNonNull(fourEyes);
        staffNames = Map.copyOf(staffNames);
    }

    /** The staff member's display name, or their id when the account is gone. */
    public String staffName(StaffId id) {
        return staffNames.getOrDefault(id, "#" + id.value());
    }

    public Optional<ReviewedDependent> dependent(DependentId id) {
        return dependents.stream().filter(d -> d.dependent().id().equals(id)).findFirst();
    }

    /** Taken by {@code staff}: they hold the claim. */
    public boolean claimedBy(StaffId staff) {
        return claim.map(c -> c.by().equals(staff)).orElse(false);
    }
}
