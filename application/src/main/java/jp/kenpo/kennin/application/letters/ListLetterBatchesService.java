package jp.kenpo.kennin.application.letters;

import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ListLetterBatchesService implements ListLetterBatchesUseCase {
    private final LoadInsurerPort insurers;
    private final LetterBatchPort batches;
    private final LetterMembersPort members;

    public ListLetterBatchesService(LoadInsurerPort insurers, LetterBatchPort batches, LetterMembersPort members) {
        this.insurers = insurers;
        this.batches = batches;
        this.members = members;
    }

    @Override
    public LetterBatches listLetterBatches(SignedInStaff staff) {
        StaffMayNot.check(staff, StaffPermission.MANAGE_MAILINGS);
        Insurer insurer = insurers.loadInsurer(staff.insurerCode())
                .orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
        return new LetterBatches(insurer.currentFiscalYear(), batches.recentLetterBatches(insurer.code(), SHOWN),
                members.offices(insurer.code()));
    }
}
