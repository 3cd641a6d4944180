package jp.kenpo.kennin.application.survey;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;

/** The member's copy of their latest submission as a PDF; audited, as it shows every answer and file name. */
public interface DownloadSubmissionReceiptUseCase {
    /** Empty for an account without an open survey or without a submission in it: only ever the account's own. */
    Optional<ReceiptDownload> downloadSubmissionReceipt(DownloadSubmissionReceiptCommand command);

    /** @param language the language the copy is written in: the one the member reads the site in */
    record DownloadSubmissionReceiptCommand(AccountId account, Language language, ClientAddress client) {
        public DownloadSubmissionReceiptCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(language);
            Objects.requireNonNull(client);
        }
    }

    /** @param pdf the whole file (a few pages: small enough to hold) */
    record ReceiptDownload(ReceiptNumber receipt, byte[] pdf) {
        public ReceiptDownload {
            Objects.requireNonNull(receipt);
            Objects.requireNonNull(pdf);
        }
    }
}
