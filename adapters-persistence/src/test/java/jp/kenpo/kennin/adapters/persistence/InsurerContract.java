package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.terms.TermsOfUse;
import org.junit.jupiter.api.Test;

/** Insurers with their contact and credential policy, their survey years and terms of use. */
interface InsurerContract extends PersistenceContract {
    @Test
    default void insurerComesBackWithContactAndCredentialPolicy() {
        InsurerCode code = newInsurer();
        Insurer insurer = new Insurer(code, "ｵﾑﾛﾝ健康保険組合", EmailAddress.parse("kennin@omron-kenpo.example.jp"),
                new InsurerContact("06-1234-5678", "9:00～17:00", "", ""),
                new CredentialPolicy(8, 40, "-_", 10, 64, "!#", false, true, false, true), 2026);

        database().insurers().saveInsurer(insurer);

        assertThat(database().insurers().loadInsurer(code)).contains(insurer);
    }

    @Test
    default void theYearMovesOnlyFromTheYearReadAndNothingElseIsWritten() {
        InsurerCode code = newInsurer();
        Insurer renamed = new Insurer(code, "改称した健康保険組合", EmailAddress.parse("new@example.jp"), InsurerContact.none(),
                CredentialPolicy.manualDefault(), 2026);
        database().insurers().saveInsurer(renamed);
        int before = database().insurers().loadInsurer(code).orElseThrow().currentFiscalYear();

        assertThat(database().insurers().moveToFiscalYear(code, before + 5, before + 6)).isFalse();
        assertThat(database().insurers().moveToFiscalYear(code, before, before + 1)).isTrue();
        assertThat(database().insurers().moveToFiscalYear(code, before, before + 1)).as("moved already").isFalse();
        assertThat(database().insurers().loadInsurer(code)).contains(renamed.withCurrentFiscalYear(before + 1));
    }

    @Test
    default void savingAnInsurerAgainReplacesEveryField() {
        InsurerCode code = newInsurer();
        Insurer changed = new Insurer(code, "新しい名前の健康保険組合", EmailAddress.parse("new@example.jp"), InsurerContact.none(),
                CredentialPolicy.manualDefault(), 2026);

        database().insurers().saveInsurer(changed);

        assertThat(database().insurers().loadInsurer(code)).contains(changed);
    }

    @Test
    default void anInsurerThatChoseTheNistPasswordPolicyKeepsIt() {
        InsurerCode code = newInsurer();
        Insurer nist = new Insurer(code, "NIST健康保険組合", EmailAddress.parse("kennin@nist-kenpo.example.jp"), InsurerContact.none(),
                CredentialPolicy.nist(), 2026);

        database().insurers().saveInsurer(nist);

        assertThat(database().insurers().loadInsurer(code)).contains(nist);
        assertThat(database().insurers().loadInsurer(code).orElseThrow().credentialPolicy().check(
                "taro.yamada", "富士山 の 見える 朝 ２０２６", "富士山 の 見える 朝 ２０２６", LocalDate.of(1980, 4, 1))).isEmpty();
    }

    @Test
    default void unknownInsurerIsNotFound() {
        assertThat(database().insurers().loadInsurer(new InsurerCode("nobody"))).isEmpty();
    }

    @Test
    default void surveyYearIsCreatedThenReplaced() {
        InsurerCode code = newInsurer();
        SurveyYear opened = new SurveyYear(code, 2025, "令和7年度 被扶養者資格確認調査", LocalDate.of(2025, 6, 1),
                new SurveyDeadline(LocalDate.of(2025, 7, 31)));
        SurveyYear extended = new SurveyYear(code, 2025, "令和7年度 被扶養者資格確認調査（延長）", LocalDate.of(2025, 6, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 15)));

        database().surveyYears().saveSurveyYear(opened);
        database().surveyYears().saveSurveyYear(extended);

        assertThat(database().surveyYears().loadSurveyYear(code, 2025)).contains(extended);
        assertThat(database().surveyYears().loadSurveyYear(code, 2024)).isEmpty();
    }

    @Test
    default void currentTermsAreTheHighestVersionOfTheirInsurer() {
        InsurerCode code = newInsurer();
        TermsOfUse first = new TermsOfUse(code, 1, "第1条 本規約は…", Instant.parse("2025-04-01T00:00:00.000001Z"));
        TermsOfUse second = new TermsOfUse(code, 2, "第1条（目的）改定版", Instant.parse("2025-05-01T09:30:15.123456Z"));

        database().terms().publishTerms(second);
        database().terms().publishTerms(first);

        assertThat(database().terms().currentTerms(code)).contains(second);
        assertThat(database().terms().currentTerms(newInsurer())).isEmpty();
    }

    @Test
    default void aVersionTakenByAnotherPublishIsNotWrittenAgain() {
        InsurerCode code = newInsurer();
        TermsOfUse mine = new TermsOfUse(code, 1, "第1条 A", Instant.parse("2025-04-01T00:00:00Z"));
        TermsOfUse theirs = new TermsOfUse(code, 1, "第1条 B", Instant.parse("2025-04-01T00:00:00Z"));

        assertThat(database().terms().publishTerms(mine)).isTrue();
        assertThat(database().terms().publishTerms(theirs)).isFalse();
        assertThat(database().terms().currentTerms(code)).contains(mine);
    }

    @Test
    default void theSameCodeCreatedInParallelIsCreatedOnceAndTheOthersAreToldItIsTaken() throws Exception {
        InsurerCode taken = newInsurer();
        InsurerCode code = new InsurerCode(taken.value() + "x");
        int count = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return database().insurers().createInsurer(Fixtures.insurer(code));
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> result : results) {
                created += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            // No interrupt: an interrupted thread closes the embedded database's file under every other test.
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertThat(database().insurers().loadInsurer(code)).contains(Fixtures.insurer(code));
    }
}
