package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.review.FourEyesRule;

/** The signed-in 管理者's insurer's four-eyes rule, for the settings page (MANAGE_SETTINGS). */
public interface ShowFourEyesUseCase {
    FourEyesRule showFourEyes(SignedInStaff staff);
}
