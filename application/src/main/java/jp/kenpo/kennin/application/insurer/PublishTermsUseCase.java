package jp.kenpo.kennin.application.insurer;

/** Publishes the next version of an insurer's terms of use; members accept it at their next login. */
public interface PublishTermsUseCase {
    PublishTermsResult publishTerms(PublishTermsCommand command);

    record PublishTermsCommand(String insurerCode, String body) {
    }

    sealed interface PublishTermsResult {
        record Published(int version) implements PublishTermsResult {
        }

        record UnknownInsurer() implements PublishTermsResult {
        }

        record Invalid(String code) implements PublishTermsResult {
        }
    }
}
