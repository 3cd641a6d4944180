package jp.kenpo.kennin.application.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.notice.Notice;

/** メイン画面 of a logged-in member. Viewing it is written to the audit log (it shows personal data). */
public interface ShowMainScreenUseCase {
    Optional<MainScreen> showMainScreen(AccountId account, ClientAddress client);

    /**
     * @param survey empty when the insurer has not opened a survey for the current year
     */
    record MainScreen(String memberName, String memberNameKana, String insurerName, String maskedEmail,
                      Optional<SurveySummary> survey, List<Notice> notices, InsurerContact contact, boolean mustAcceptTerms) {
    }

    /** @param daysLeft days from today (JST) to the deadline day; negative once it is past */
    record SurveySummary(String title, LocalDate deadline, long daysLeft, boolean deadlinePassed) {
    }
}
