package jp.kenpo.kennin.application.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The survey year's dashboard: members per status, overall and per 事業所, read from the kept
 * counts. Past the deadline the statuses of those who have not handed anything over count as
 * 期限切れ, except members whose own extension has not passed. VIEW_PROGRESS sees every 事業所;
 * a 事業所担当 (VIEW_OFFICE_PROGRESS) only their own.
 */
public interface ShowSurveyProgressUseCase {
    ShowSurveyProgressResult showSurveyProgress(ShowSurveyProgressCommand command);

    record ShowSurveyProgressCommand(SignedInStaff staff, ClientAddress client) {
        public ShowSurveyProgressCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    /** Members per status; every status present, zero when none. */
    record StatusCounts(Map<ProgressStatus, Long> byStatus) {
        public StatusCounts {
            Map<ProgressStatus, Long> all = new EnumMap<>(ProgressStatus.class);
            for (ProgressStatus s : ProgressStatus.values()) {
                all.put(s, byStatus.getOrDefault(s, 0L));
            }
            byStatus = Map.copyOf(all);
        }

        public long of(ProgressStatus status) {
            return byStatus.get(status);
        }

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @param office blank for members the roster gave no 事業所 */
    record OfficeCounts(String office, StatusCounts counts) {
    }

    sealed interface ShowSurveyProgressResult {
        /** @param offices by name; one for a 事業所担当 */
        record Shown(SurveyYear year, boolean pastDeadline, StatusCounts overall, List<OfficeCounts> offices)
                implements ShowSurveyProgressResult {
            public Shown {
                offices = List.copyOf(offices);
            }
        }

        /** The insurer has not opened its current year, or a 事業所担当 has no 事業所. */
        record NoSurveyYear() implements ShowSurveyProgressResult {
        }
    }

    /** Statuses a non-submitters' list shows: not handed over, or sent back to the member. */
    List<ProgressStatus> NOT_SUBMITTED = List.of(ProgressStatus.UNREGISTERED, ProgressStatus.REGISTERED,
            ProgressStatus.ANSWERING, ProgressStatus.RETURNED);
}
