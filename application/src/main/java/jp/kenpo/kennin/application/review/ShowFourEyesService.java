package jp.kenpo.kennin.application.review;

import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ShowFourEyesService implements ShowFourEyesUseCase {
    private final FourEyesPort fourEyes;

    public ShowFourEyesService(FourEyesPort fourEyes) {
        this.fourEyes = fourEyes;
    }

    @Override
    public FourEyesRule showFourEyes(SignedInStaff staff) {
        StaffMayNot.check(staff, StaffPermission.MANAGE_SETTINGS);
        return fourEyes.fourEyesOf(staff.insurerCode());
    }
}
