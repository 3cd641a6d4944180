package jp.kenpo.kennin.application.insureradmin;

import java.util.List;
import jp.kenpo.kennin.application.insurer.ListInsurersPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ListInsurersService implements ListInsurersUseCase {
    private final ListInsurersPort insurers;

    public ListInsurersService(ListInsurersPort insurers) {
        this.insurers = insurers;
    }

    @Override
    public List<InsurerListing> listInsurers(SignedInStaff actor) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_INSURERS);
        return insurers.allInsurers().stream()
                .map(i -> new InsurerListing(i.code().value(), i.displayName(), i.currentFiscalYear())).toList();
    }
}
