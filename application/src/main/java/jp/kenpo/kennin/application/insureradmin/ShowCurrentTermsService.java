package jp.kenpo.kennin.application.insureradmin;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public final class ShowCurrentTermsService implements ShowCurrentTermsUseCase {
    private final TermsPort terms;

    public ShowCurrentTermsService(TermsPort terms) {
        this.terms = terms;
    }

    @Override
    public Optional<TermsOfUse> showCurrentTerms(SignedInStaff actor) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_TERMS);
        return terms.currentTerms(actor.insurerCode());
    }
}
