package jp.kenpo.kennin.application.insurer;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public final class PublishTermsService implements PublishTermsUseCase {
    private final LoadInsurerPort insurers;
    private final TermsPort terms;
    private final Clock clock;

    public PublishTermsService(LoadInsurerPort insurers, TermsPort terms, Clock clock) {
        this.insurers = insurers;
        this.terms = terms;
        this.clock = clock;
    }

    @Override
    public PublishTermsResult publishTerms(PublishTermsCommand command) {
        Optional<Insurer> insurer = Lenient.read(() -> InsurerCode.parse(command.insurerCode())).flatMap(insurers::loadInsurer);
        if (insurer.isEmpty()) {
            return new PublishTermsResult.UnknownInsurer();
        }
        InsurerCode code = insurer.get().code();
        // Versions are numbered by the store's key: two publishes at the same moment cannot both be version n.
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int version = terms.currentTerms(code).map(TermsOfUse::version).orElse(0) + 1;
            TermsOfUse next;
            try {
                next = new TermsOfUse(code, version, command.body(), clock.instant());
            } catch (InvalidValueException e) {
                return new PublishTermsResult.Invalid(e.code());
            }
            if (terms.publishTerms(next)) {
                return new PublishTermsResult.Published(version);
            }
            // Another publish took this version. The same text is the same publish (a double click, a second tab):
            // members must not be asked to accept it twice. Another text becomes the version after it.
            Optional<TermsOfUse> winner = terms.currentTerms(code);
            if (winner.isPresent() && winner.get().body().equals(next.body())) {
                return new PublishTermsResult.Published(winner.get().version());
            }
        }
        throw new IllegalStateException("terms of " + code.value() + " kept changing while publishing");
    }

    private static final int MAX_ATTEMPTS = 5;
}
