package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judge;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国内居住要件 with its accepted exceptions and the two visas that are refused although in Japan. */
class LivingAbroadTest {

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(nullValues = "none", value = {
            "IN_JAPAN,                                  none,          none",
            "IN_JAPAN_ON_MEDICAL_STAY_VISA,             DISQUALIFYING, eligibility.residence.excludedVisa",
            "IN_JAPAN_AS_LONG_STAY_VISITOR,             DISQUALIFYING, eligibility.residence.excludedVisa",
            "ABROAD_STUDYING,                           REVIEW,        eligibility.residence.abroadException",
            "ABROAD_ACCOMPANYING_POSTED_MEMBER,         REVIEW,        eligibility.residence.abroadException",
            "ABROAD_TEMPORARILY_NOT_TO_WORK,            REVIEW,        eligibility.residence.abroadException",
            "ABROAD_RELATIONSHIP_FORMED_DURING_POSTING, REVIEW,        eligibility.residence.abroadException",
            "ABROAD_WITH_LIFE_BASE_IN_JAPAN,            REVIEW,        eligibility.residence.abroadException",
            "ABROAD_WITHOUT_EXCEPTION,                  DISQUALIFYING, eligibility.residence.abroad",
    })
    void eachResidence(Residence residence, Reason.Severity severity, String code) {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1985, 8, 8), Living.TOGETHER)
                .residing(residence);
        List<Reason> reasons = new ResidencePolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, spouse));
        assertThat(reasons).isEqualTo(severity == null ? List.of() : List.of(new Reason(severity, code, List.of(residence))));
    }

    @Test
    void aStudentAbroadIsReviewedWithTheProofs() {
        DependentFacts daughter = DependentFacts.of(Relationship.CHILD, LocalDate.of(2004, 9, 9), Living.APART_FOR_SCHOOL)
                .asStudent().residing(Residence.ABROAD_STUDYING).withAnnualRemittance(2_400_000);
        Judgement judgement = judge(daughter, FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.NeedsReview.class);
        assertThat(judgement.documents()).extracting(RequiredDocument::kind).containsExactly(
                DocumentKind.INCOME_CERTIFICATE, DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF,
                DocumentKind.OVERSEAS_RESIDENCE_PROOF);
    }
}
