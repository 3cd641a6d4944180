package jp.kenpo.kennin.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.EligibilityEngine;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.MemberFacts;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.eligibility.RuleSets;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import org.junit.jupiter.api.Test;

/** A son of 20 at university, lodging away from home, answered step by step as the form asks. */
class DraftAnswersAndWhatIsStillMissingTest {
    private static final Dependent SON = dependent("長男", LocalDate.of(2005, 6, 1));
    private static final Optional<YenAmount> NO_MEMBER_INCOME = Optional.empty();

    static Dependent dependent(String term, LocalDate birthDate) {
        return new Dependent(new DependentId(1), new MemberId(1), DependentNumber.parse("1"), new PersonName("山田 一郎", "ヤマダ イチロウ"),
                birthDate, StatedRelationship.parse(term), Sex.MALE, Cohabitation.UNKNOWN, Optional.empty());
    }

    private static Map<Question, String> raw(Object... pairs) {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        for (int i = 0; i < pairs.length; i += 2) {
            raw.put((Question) pairs[i], (String) pairs[i + 1]);
        }
        return raw;
    }

    @Test
    void anEmptyDraftMissesEveryRequiredQuestionButNotThoseThatDoNotApplyYet() {
        SurveyAnswers none = SurveyAnswers.none();

        assertThat(none.missing(Relationship.CHILD, NO_MEMBER_INCOME)).containsExactly(Question.LIVING, Question.RESIDENCE,
                Question.SITUATION, Question.EMPLOYMENT_CHANGED, Question.UNEMPLOYMENT_BENEFIT,
                Question.OTHER_HEALTH_INSURANCE, Question.DISABLED);
        assertThat(none.applicable(Relationship.CHILD)).doesNotContain(Question.REMITTANCE, Question.BENEFIT_DAILY_AMOUNT,
                Question.PARENT_SUPPORT_REASON, Question.MEMBER_INCOME);
        assertThat(none.applicable(Relationship.PARENT)).contains(Question.PARENT_SUPPORT_REASON);
    }

    @Test
    void livingApartAsksForTheRemittanceAndReceivingBenefitForTheDailyAmount() {
        SurveyAnswers answers = SurveyAnswers.read(raw(Question.LIVING, "APART_FOR_SCHOOL", Question.UNEMPLOYMENT_BENEFIT,
                "RECEIVING", Question.SITUATION, "WORKING_UNDER_THE_LIMIT")).answers();

        assertThat(answers.missing(Relationship.CHILD, NO_MEMBER_INCOME)).contains(Question.REMITTANCE,
                Question.BENEFIT_DAILY_AMOUNT, Question.SALARY).doesNotContain(Question.MEMBER_INCOME);
    }

    @Test
    void livingTogetherAsksForTheMembersOwnIncomeForTheHalfIncomeRule() {
        SurveyAnswers together = SurveyAnswers.read(raw(Question.LIVING, "TOGETHER")).answers();

        assertThat(together.missing(Relationship.SPOUSE, NO_MEMBER_INCOME)).contains(Question.MEMBER_INCOME)
                .doesNotContain(Question.REMITTANCE);
        assertThat(together.missing(Relationship.SPOUSE, Optional.of(new YenAmount(5_000_000))))
                .doesNotContain(Question.MEMBER_INCOME);
    }

    @Test
    void anUnreadableAnswerIsReportedAndTheOthersAreKept() {
        SurveyAnswers.Read read = SurveyAnswers.read(raw(Question.LIVING, "APART_FOR_SCHOOL", Question.SALARY, "たくさん",
                Question.REMITTANCE, "-5", Question.DISABLED, "maybe", Question.PENSION, "１２万"));

        assertThat(read.problems()).containsEntry(Question.SALARY, "survey.amount.invalid")
                .containsEntry(Question.REMITTANCE, "survey.amount.negative")
                .containsEntry(Question.DISABLED, "survey.choice.invalid").hasSize(3);
        assertThat(read.answers().living()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("APART_FOR_SCHOOL"));
        assertThat(read.answers().pension()).contains(new YenAmount(120_000));
        assertThat(read.answers().salary()).isEmpty();
    }

    @Test
    void aSupportReasonOnlyParentsAreAskedIsBoundedInLength() {
        assertThat(SurveyAnswers.read(raw(Question.PARENT_SUPPORT_REASON, "あ".repeat(401))).problems())
                .containsEntry(Question.PARENT_SUPPORT_REASON, "survey.reason.tooLong");
        SurveyAnswers withReason = SurveyAnswers.read(raw(Question.PARENT_SUPPORT_REASON, "年金だけでは生活できないため")).answers();
        assertThat(withReason.withoutInapplicable(Relationship.CHILD).parentSupportReason()).isEmpty();
        assertThat(withReason.withoutInapplicable(Relationship.PARENT).parentSupportReason()).contains("年金だけでは生活できないため");
    }

    @Test
    void completeAnswersBecomeTheFactsTheEngineJudges() {
        SurveyAnswers answers = SurveyAnswers.read(raw(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "IN_JAPAN",
                Question.SITUATION, "STUDENT", Question.SALARY, "１，０００，０００円", Question.EMPLOYMENT_CHANGED, "no",
                Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING", Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no",
                Question.REMITTANCE, "1,200,000")).answers();
        assertThat(answers.missing(Relationship.CHILD, NO_MEMBER_INCOME)).isEmpty();

        Judgement judgement = EligibilityEngine.of(RuleSets.japan()).judge(answers.toFacts(SON, NO_MEMBER_INCOME),
                new MemberFacts(LocalDate.of(1975, 4, 10), 0), LocalDate.of(2025, 11, 1));

        assertThat(judgement).isInstanceOf(Judgement.Continue.class);
        assertThat(judgement.documents()).extracting(RequiredDocument::kind).contains(DocumentKind.INCOME_CERTIFICATE,
                DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF);
    }

    @Test
    void incompleteAnswersAreNeverJudged() {
        assertThatThrownBy(() -> SurveyAnswers.none().toFacts(SON, NO_MEMBER_INCOME)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeclarationDateMustFallBetweenBirthAndAYearFromNow() {
        LocalDate today = LocalDate.of(2025, 7, 10);
        assertThat(NoLongerEligible.declare(LocalDate.of(2025, 4, 1), LossReason.MARRIED, SON.birthDate(), today).reason())
                .isEqualTo(LossReason.MARRIED);
        assertThatThrownBy(() -> NoLongerEligible.declare(LocalDate.of(2000, 1, 1), LossReason.OTHER, SON.birthDate(), today))
                .hasMessage("survey.loss.beforeBirth");
        assertThatThrownBy(() -> NoLongerEligible.declare(LocalDate.of(2026, 8, 1), LossReason.OTHER, SON.birthDate(), today))
                .hasMessage("survey.loss.tooFarAhead");
    }

    @Test
    void savingAnswersWithdrawsADeclarationAndAReturnedResponseStaysReturned() {
        SurveyResponse declared = SurveyResponse.notStarted(jp.kenpo.kennin.domain.insurer.InsurerCode.parse("demo"), 2025,
                SON.id()).declaring(new NoLongerEligible(LocalDate.of(2025, 4, 1), LossReason.MARRIED));
        assertThat(declared.status()).isEqualTo(SurveyStatus.IN_PROGRESS);
        assertThat(declared.withAnswers(SurveyAnswers.none()).noLongerEligible()).isEmpty();

        SurveyResponse returned = new SurveyResponse(declared.insurer(), 2025, SON.id(), SurveyStatus.RETURNED,
                SurveyAnswers.none(), Optional.empty());
        assertThat(returned.withAnswers(SurveyAnswers.none()).status()).isEqualTo(SurveyStatus.RETURNED);
        assertThat(returned.isReadOnly()).isFalse();
        assertThat(new SurveyResponse(declared.insurer(), 2025, SON.id(), SurveyStatus.SUBMITTED, SurveyAnswers.none(),
                Optional.empty()).isReadOnly()).isTrue();
    }
}
