package jp.kenpo.kennin.application.insureradmin;

import java.util.List;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** The operator's list of insurers (MANAGE_INSURERS): names and codes, nothing about members. */
public interface ListInsurersUseCase {
    List<InsurerListing> listInsurers(SignedInStaff actor);

    record InsurerListing(String code, String displayName, int currentFiscalYear) {
    }
}
