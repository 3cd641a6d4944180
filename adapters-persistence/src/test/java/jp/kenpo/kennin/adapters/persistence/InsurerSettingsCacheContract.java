package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.adapters.persistence.cache.InsurerSettingsCache;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.junit.jupiter.api.Test;

/** The per-insurer settings cache in front of the real repositories (perf, issue 12). */
interface InsurerSettingsCacheContract extends PersistenceContract {
    LocalDate CACHE_DAY = LocalDate.of(2025, 6, 10);

    private long statements() {
        return database().statementCounter().executed();
    }

    @Test
    default void cachedNoticesAreReadOnceAndANoticePostedThroughAnyPortOfThisProcessShowsAtOnce() {
        InsurerCode code = newInsurer();
        InsurerSettingsCache cache = database().insurerSettingsCache(Duration.ofMinutes(5));
        NoticePort notices = cache.notices(database().notices());
        long first = database().notices().postNotice(code, "一つ目", "", CACHE_DAY, List.of());

        assertThat(notices.publishedNotices(code, CACHE_DAY)).extracting(Notice::id).containsExactly(first);
        long before = statements();
        assertThat(notices.publishedNotices(code, CACHE_DAY)).extracting(Notice::id).containsExactly(first);
        assertThat(statements() - before).as("statements for a cached read").isZero();

        // Posted through the repository itself, as the back office's own port would: not through the cache.
        long second = database().notices().postNotice(code, "二つ目", "", CACHE_DAY, List.of());
        assertThat(notices.publishedNotices(code, CACHE_DAY)).extracting(Notice::id).containsExactly(second, first);
    }

    @Test
    default void anInsurerChangedInAnotherTransactionIsReadAgainAndARolledBackChangeIsNotKept() {
        InsurerCode code = newInsurer();
        LoadInsurerPort insurers = database().insurerSettingsCache(Duration.ofMinutes(5)).insurers(database().insurers());
        Insurer original = insurers.loadInsurer(code).orElseThrow();
        Insurer renamed = new Insurer(code, "改称した健康保険組合", original.senderAddress(), original.contact(),
                original.credentialPolicy(), original.currentFiscalYear());

        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            database().insurers().saveInsurer(renamed);
            // Inside its own transaction a thread sees what it wrote, not the cached row.
            assertThat(insurers.loadInsurer(code)).map(Insurer::displayName).hasValue("改称した健康保険組合");
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(insurers.loadInsurer(code)).map(Insurer::displayName).hasValue(original.displayName());

        database().insurers().saveInsurer(renamed);
        assertThat(insurers.loadInsurer(code)).map(Insurer::displayName).hasValue("改称した健康保険組合");
    }

    @Test
    default void withoutATimeToLiveEveryReadGoesToTheDatabase() {
        InsurerCode code = newInsurer();
        LoadInsurerPort insurers = database().insurerSettingsCache(Duration.ZERO).insurers(database().insurers());
        insurers.loadInsurer(code);
        long before = statements();
        insurers.loadInsurer(code);
        assertThat(statements() - before).isEqualTo(1);
    }

    @Test
    default void theReadsRenderedOnceRunInTheCallersTransactionAndAreCountedLikeEveryStatement() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        Fixtures.Family family = Fixtures.family(database(), insurer, "1", "妻");
        SurveyDeadline extended = new SurveyDeadline(LocalDate.of(2025, 9, 30));
        long before = statements();
        assertThat(database().surveySubmissions().deadlineExtension(insurer, 2025, family.member())).isEmpty();
        assertThat(statements() - before).as("statements for one rendered read").isEqualTo(1);

        assertThatThrownBy(() -> database().transactions().inTransaction(() -> {
            database().surveySubmissions().extendDeadline(insurer, 2025, family.member(), extended);
            // Read on the transaction's connection: its own uncommitted row is there.
            assertThat(database().surveySubmissions().deadlineExtension(insurer, 2025, family.member())).contains(extended);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        assertThat(database().surveySubmissions().deadlineExtension(insurer, 2025, family.member())).isEmpty();
    }
}
