package jp.kenpo.kennin.application.survey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.IncomeCertificateYear;
import jp.kenpo.kennin.domain.member.PersonName;

/** One dependent's document checklist with the files uploaded so far. Audited: it names the dependent. */
public interface ShowSurveyDocumentsUseCase {
    /** Empty when the dependent is not one this account answers for. */
    Optional<SurveyDocuments> showSurveyDocuments(AccountId account, DependentId dependent, ClientAddress client);

    /**
     * @param canAdd    files may be added (also after submission, until staff have confirmed the response)
     * @param canRemove files may be deleted or replaced (until submission, and again when sent back)
     * @param maxBytes  the largest file accepted, to tell the member before they upload
     * @param member    the member's own name, printed on the declarations (申立書) they write for this dependent
     * @param deadline  the last day the member may submit: the survey's, or later where staff extended it for this member
     * @param incomeCertificate which 課税（所得）証明書 to obtain: the newest one issued on the day the survey opens
     */
    record SurveyDocuments(DependentReview review, boolean canAdd, boolean canRemove, long maxBytes, PersonName member,
                           String insurerName, LocalDate deadline, IncomeCertificateYear incomeCertificate) {
        public SurveyDocuments {
            Objects.requireNonNull(incomeCertificate);
            Objects.requireNonNull(insurerName);
            Objects.requireNonNull(review);
            Objects.requireNonNull(member);
            Objects.requireNonNull(deadline);
        }
    }
}
