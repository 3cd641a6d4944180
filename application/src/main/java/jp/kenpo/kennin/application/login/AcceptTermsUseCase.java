package jp.kenpo.kennin.application.login;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;

/** 利用規約に同意する: records acceptance of the shown version, with time and client address. */
public interface AcceptTermsUseCase {
    AcceptTermsResult acceptTerms(AcceptTermsCommand command);

    /** @param agreed whether the box was ticked */
    record AcceptTermsCommand(AccountId account, int version, boolean agreed, ClientAddress client) {
    }

    sealed interface AcceptTermsResult {
        record Accepted() implements AcceptTermsResult {
        }

        record NotAgreed() implements AcceptTermsResult {
        }

        /** A newer version was published while the member read: show it again. */
        record VersionOutdated() implements AcceptTermsResult {
        }
    }
}
