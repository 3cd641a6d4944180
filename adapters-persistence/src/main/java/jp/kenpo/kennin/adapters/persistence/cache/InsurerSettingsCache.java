package jp.kenpo.kennin.adapters.persistence.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/**
 * What every member page reads and only staff change, per insurer: the insurer (its current fiscal
 * year, contact, password rules), its eligibility overrides, its survey years, current terms of use
 * and published notices.
 * Read once per time to live instead of on every request; a write in this process (through any
 * port, see {@link CacheInvalidation}) is seen at once, one in another node within the time to live.
 * Writes and attachment downloads go straight to the repositories.
 */
public final class InsurerSettingsCache {
    /** The tables behind what is cached here; a write naming one of them empties the caches. */
    public static final java.util.Set<String> TABLES = java.util.Set.of("insurer", "insurer_income_limit", "survey_year",
            "terms_of_use", "notice", "notice_attachment");

    private final ReadCache<InsurerCode, Optional<Insurer>> insurers;
    private final ReadCache<YearKey, Optional<SurveyYear>> surveyYears;
    private final ReadCache<InsurerCode, Optional<TermsOfUse>> terms;
    private final ReadCache<DayKey, List<Notice>> notices;
    private final ReadCache<InsurerCode, InsurerOverrides> overrides;

    private record YearKey(InsurerCode insurer, int fiscalYear) {
    }

    private record DayKey(InsurerCode insurer, LocalDate day) {
    }

    public InsurerSettingsCache(Duration ttl, CacheInvalidation invalidation) {
        this(ttl, invalidation, System::nanoTime);
    }

    InsurerSettingsCache(Duration ttl, CacheInvalidation invalidation, LongSupplier nanoTime) {
        this.insurers = new ReadCache<>(ttl, invalidation, nanoTime);
        this.surveyYears = new ReadCache<>(ttl, invalidation, nanoTime);
        this.terms = new ReadCache<>(ttl, invalidation, nanoTime);
        this.notices = new ReadCache<>(ttl, invalidation, nanoTime);
        this.overrides = new ReadCache<>(ttl, invalidation, nanoTime);
    }

    /** The insurer's rounding and income limits, which judge every survey page (two statements each time otherwise). */
    public LoadInsurerOverridesPort overrides(LoadInsurerOverridesPort repository) {
        return code -> overrides.get(code, () -> repository.overridesOf(code));
    }

    public LoadInsurerPort insurers(LoadInsurerPort repository) {
        return code -> insurers.get(code, () -> repository.loadInsurer(code));
    }

    public SurveyYearPort surveyYears(SurveyYearPort repository) {
        return new SurveyYearPort() {
            @Override
            public Optional<SurveyYear> loadSurveyYear(InsurerCode insurer, int fiscalYear) {
                return surveyYears.get(new YearKey(insurer, fiscalYear), () -> repository.loadSurveyYear(insurer, fiscalYear));
            }

            @Override
            public void saveSurveyYear(SurveyYear year) {
                repository.saveSurveyYear(year);
            }
        };
    }

    public TermsPort terms(TermsPort repository) {
        return new TermsPort() {
            @Override
            public Optional<TermsOfUse> currentTerms(InsurerCode insurer) {
                return terms.get(insurer, () -> repository.currentTerms(insurer));
            }

            @Override
            public boolean publishTerms(TermsOfUse published) {
                return repository.publishTerms(published);
            }
        };
    }

    public NoticePort notices(NoticePort repository) {
        return new NoticePort() {
            @Override
            public List<Notice> publishedNotices(InsurerCode insurer, LocalDate today) {
                return notices.get(new DayKey(insurer, today), () -> List.copyOf(repository.publishedNotices(insurer, today)));
            }

            @Override
            public long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn,
                                   List<NewAttachment> attachments) {
                return repository.postNotice(insurer, title, body, publishedOn, attachments);
            }

            @Override
            public Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId) {
                return repository.loadAttachment(insurer, attachmentId);
            }
        };
    }
}
