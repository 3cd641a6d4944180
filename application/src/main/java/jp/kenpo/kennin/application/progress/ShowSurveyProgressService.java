package jp.kenpo.kennin.application.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.progress.ProgressQueryPort.OfficeStatusCount;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ShowSurveyProgressService implements ShowSurveyProgressUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ProgressQueryPort progress;
    private final Clock clock;

    public ShowSurveyProgressService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ProgressQueryPort progress,
                                     Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public ShowSurveyProgressResult showSurveyProgress(ShowSurveyProgressCommand command) {
        Optional<ProgressScope> scope = ProgressScope.of(command.staff());
        Optional<SurveyYear> year = insurers.loadInsurer(command.staff().insurerCode())
                .flatMap(i -> surveyYears.loadSurveyYear(i.code(), i.currentFiscalYear()));
        if (scope.isEmpty() || year.isEmpty()) {
            return new ShowSurveyProgressResult.NoSurveyYear();
        }
        SurveyYear y = year.get();
        Optional<String> office = scope.get().office();
        Instant now = clock.instant();
        boolean past = y.deadline().isPast(now);
        Map<String, Map<ProgressStatus, Long>> perOffice = new TreeMap<>();
        for (OfficeStatusCount c : progress.counts(y.insurer(), y.fiscalYear(), office)) {
            perOffice.computeIfAbsent(c.office(), o -> new EnumMap<>(ProgressStatus.class)).merge(c.status(), c.members(), Long::sum);
        }
        if (past) {
            Map<String, Map<ProgressStatus, Long>> extended = new TreeMap<>();
            LocalDate today = TokyoCalendar.today(clock);
            for (OfficeStatusCount c : progress.stillExtended(y.insurer(), y.fiscalYear(), office, y.deadline().day(), today)) {
                extended.computeIfAbsent(c.office(), o -> new EnumMap<>(ProgressStatus.class)).put(c.status(), c.members());
            }
            perOffice.forEach((name, counts) -> expire(counts, extended.getOrDefault(name, Map.of())));
        }
        List<OfficeCounts> offices = new ArrayList<>();
        Map<ProgressStatus, Long> overall = new EnumMap<>(ProgressStatus.class);
        perOffice.forEach((name, counts) -> {
            offices.add(new OfficeCounts(name, new StatusCounts(counts)));
            counts.forEach((status, n) -> overall.merge(status, n, Long::sum));
        });
        return new ShowSurveyProgressResult.Shown(y, past, new StatusCounts(overall), offices);
    }

    /** Moves the not-yet-submitted counts to 期限切れ, but for those whose own extension still runs. */
    private static void expire(Map<ProgressStatus, Long> counts, Map<ProgressStatus, Long> stillExtended) {
        long expired = 0;
        for (ProgressStatus status : ProgressStatus.values()) {
            if (status.notYetSubmitted() && counts.containsKey(status)) {
                long keep = Math.min(counts.get(status), stillExtended.getOrDefault(status, 0L));
                expired += counts.get(status) - keep;
                counts.put(status, keep);
            }
        }
        counts.merge(ProgressStatus.EXPIRED, expired, Long::sum);
    }
}
