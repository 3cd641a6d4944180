package jp.kenpo.kennin.application.survey;

import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;

/** One dependent's document checklist with the files uploaded so far. Audited: it names the dependent. */
public interface ShowSurveyDocumentsUseCase {
    /** Empty when the dependent is not one this account answers for. */
    Optional<SurveyDocuments> showSurveyDocuments(AccountId account, DependentId dependent, ClientAddress client);

    /**
     * @param canAdd    files may be added (also after submission, until staff have confirmed the response)
     * @param canRemove files may be deleted or replaced (until submission, and again when sent back)
     * @param maxBytes  the largest file accepted, to tell the member before they upload
     */
    record SurveyDocuments(DependentReview review, boolean canAdd, boolean canRemove, long maxBytes) {
    }
}
