package jp.kenpo.kennin.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberResult;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.ShowMemberCaseResult;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberUseCase.UploadDocumentForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.UploadDocumentForMemberUseCase.UploadDocumentForMemberResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

class PaperAnswersAreEnteredByStaffUnderTheMembersRulesTest {
    private final HelpDesk desk = new HelpDesk();

    private SaveAnswersForMemberResult save(Map<Question, String> answers, String reason) {
        return desk.saveForMember.saveAnswersForMember(new SaveAnswersForMemberCommand(desk.sato, desk.omron.taro.id(),
                desk.wife.id(), answers, reason, ClientAddress.local()));
    }

    private static Map<Question, String> living() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.LIVING, "TOGETHER");
        return answers;
    }

    @Test
    void answersFromAPaperFormAreSavedAndShowAsEnteredBySato() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        SaveAnswersForMemberResult result = save(living(), "紙の調査票で回答");

        assertThat(result).isInstanceOfSatisfying(SaveAnswersForMemberResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(SaveSurveyAnswersResult.Saved.class));
        ShowMemberCaseResult.Shown shown = (ShowMemberCaseResult.Shown) desk.show.showMemberCase(desk.sato,
                desk.omron.taro.id(), ClientAddress.local());
        assertThat(shown.memberCase().proxyEntries())
                .extracting(e -> e.staffLogin().value(), ProxyEntryPort.ProxyEntry::action, e -> e.dependent(), e -> e.reason().value())
                .containsExactly(tuple("sato", ProxyAction.ANSWERS_SAVED, Optional.of(desk.wife.id()), "紙の調査票で回答"));
        assertThat(shown.memberCase().survey().orElseThrow().dependents().get(0).status()).contains(SurveyStatus.IN_PROGRESS);
        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_ANSWERS_SAVED_ON_BEHALF)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(1L));
    }

    @Test
    void anIncompleteSurveyIsNotSubmittedForTheMemberEitherAndNoEntryIsRecorded() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        save(living(), "電話で聴取");

        SubmitForMemberResult result = desk.submitForMember.submitForMember(new SubmitForMemberCommand(desk.sato,
                desk.omron.taro.id(), "電話で聴取", ClientAddress.local()));

        assertThat(result).isInstanceOfSatisfying(SubmitForMemberResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(SubmitSurveyResult.Incomplete.class));
        assertThat(desk.store.proxyEntriesOf(desk.omron.insurer.code(), 2025, desk.omron.taro.id()))
                .extracting(ProxyEntryPort.ProxyEntry::action).containsExactly(ProxyAction.ANSWERS_SAVED);
    }

    private static Map<Question, String> wifeAtHomeWithoutIncome() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.putAll(Map.of(Question.LIVING, "TOGETHER", Question.SITUATION, "NO_INCOME", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.MEMBER_INCOME, "600万"));
        return answers;
    }

    private SubmitForMemberResult submit(String reason) {
        return desk.submitForMember.submitForMember(new SubmitForMemberCommand(desk.sato, desk.omron.taro.id(), reason,
                ClientAddress.local()));
    }

    /** Taro never signed up: he sends the paper form back; 佐藤 enters it, files his papers and submits for him. */
    @Test
    void aMemberWhoNeverRegisteredIsAnsweredForAndSeesItAllOnceHeRegisters() {
        assertThat(desk.system.accounts.findByMember(desk.omron.taro.id())).isEmpty();

        assertThat(save(wifeAtHomeWithoutIncome(), "紙の調査票で回答")).isInstanceOfSatisfying(SaveAnswersForMemberResult.Done.class,
                d -> assertThat(d.outcome()).isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of())));
        SubmitForMemberResult early = submit("紙の調査票で回答");
        java.util.List<jp.kenpo.kennin.domain.eligibility.DocumentKind> missing = ((SubmitSurveyResult.Incomplete)
                ((SubmitForMemberResult.Done) early).outcome()).notReady().get(0).outstanding();
        assertThat(missing).isNotEmpty();
        for (var kind : missing) {
            assertThat(desk.uploadForMember.uploadDocumentForMember(new UploadDocumentForMemberCommand(desk.sato,
                    desk.omron.taro.id(), desk.wife.id(), kind.name(), new java.io.ByteArrayInputStream(
                    jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage.pdf()), "scan.pdf", "application/pdf",
                    "紙の調査票に同封の書類", ClientAddress.local())))
                    .isInstanceOfSatisfying(UploadDocumentForMemberResult.Done.class,
                            d -> assertThat(d.outcome()).isInstanceOf(UploadSurveyDocumentResult.Uploaded.class));
        }

        SubmitSurveyResult.Submitted submitted = (SubmitSurveyResult.Submitted) ((SubmitForMemberResult.Done)
                submit("紙の調査票で回答")).outcome();

        assertThat(submitted.submission().member()).isEqualTo(desk.omron.taro.id());
        assertThat(desk.store.proxyEntriesOf(desk.omron.insurer.code(), 2025, desk.omron.taro.id()))
                .extracting(ProxyEntryPort.ProxyEntry::action).contains(ProxyAction.ANSWERS_SAVED, ProxyAction.DOCUMENT_UPLOADED,
                        ProxyAction.SUBMITTED);
        // Everything is audited as 佐藤's on Taro, none of it under an account.
        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_SUBMITTED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(1L);
            assertThat(e.memberId()).contains(desk.omron.taro.id().value());
            assertThat(e.accountId()).isEmpty();
        });
        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_SUBMITTED_ON_BEHALF)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains(submitted.submission().receipt().value()));

        // Later he registers: his own pages show what staff entered, submitted and no longer editable.
        var account = desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        var form = desk.system.showSurveyForm.showSurveyForm(account.id(), desk.wife.id(), ClientAddress.local()).orElseThrow();
        assertThat(form.status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(form.readOnly()).isTrue();
        assertThat(form.answers().raw(Question.SITUATION)).contains("NO_INCOME");
        assertThat(form.memberIncome().map(y -> y.yen())).contains(6_000_000L);
        assertThat(desk.system.showSurveyConfirmation.showSurveyConfirmation(account.id(), ClientAddress.local()).orElseThrow()
                .lastSubmission().map(l -> l.receipt())).contains(submitted.submission().receipt());
    }

    @Test
    void aMembersOwnSaveIsStillAuditedUnderTheirAccount() {
        var account = desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        desk.system.saveSurveyAnswers.saveSurveyAnswers(new jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase
                .SaveSurveyAnswersCommand(account.id(), desk.wife.id(), living(), ClientAddress.local()));

        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_ANSWERS_SAVED)).singleElement().satisfies(e -> {
            assertThat(e.accountId()).contains(account.id().value());
            assertThat(e.staffId()).isEmpty();
        });
    }

    @Test
    void anotherInsurersStaffCannotAnswerForTaro() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(desk.saveForMember.saveAnswersForMember(new SaveAnswersForMemberCommand(desk.kobeStaff, desk.omron.taro.id(),
                desk.wife.id(), living(), "紙", ClientAddress.local()))).isEqualTo(new SaveAnswersForMemberResult.NotFound());
        assertThat(desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
    }
}
