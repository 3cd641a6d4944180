package jp.kenpo.kennin.application.survey;

import java.util.List;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The review screen's way to the member's own reading of their responses ({@link SurveyReviews}):
 * staff see the same judgement and checklist the member sees, never a second copy of the rules.
 * The caller has already decided the member is the staff member's insurer's.
 */
public final class StaffReviews {
    private final SurveyReviews reviews;

    public StaffReviews(SurveyPorts ports) {
        this.reviews = new SurveyReviews(ports);
    }

    /** Every dependent of {@code member} asked about in {@code year}, in the roster's order. */
    public List<DependentReview> reviewsOf(StaffActor staff, Insurer insurer, InsuredMember member, SurveyYear year,
                                           List<Dependent> inScope) {
        return reviews.all(new MemberSurvey.Context(new MemberSurvey.Who.Staff(staff), insurer, member, year,
                List.copyOf(inScope)));
    }
}
