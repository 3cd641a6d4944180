package jp.kenpo.kennin.application.insureradmin;

import java.util.Optional;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

/** The terms members of the staff member's insurer accept now (MANAGE_TERMS), for writing the next version. */
public interface ShowCurrentTermsUseCase {
    Optional<TermsOfUse> showCurrentTerms(SignedInStaff actor);
}
