package jp.kenpo.kennin.application.insurer;

import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;

public final class SetUpInsurerService implements SetUpInsurerUseCase {
    private final LoadInsurerPort insurers;
    private final SaveInsurerPort saveInsurers;

    public SetUpInsurerService(LoadInsurerPort insurers, SaveInsurerPort saveInsurers) {
        this.insurers = insurers;
        this.saveInsurers = saveInsurers;
    }

    /**
     * The command's fiscal year is used only when the insurer is created: the year of an existing
     * insurer moves only by opening a survey year, which is what resets last year's accounts.
     */
    @Override
    public SetUpInsurerResult setUpInsurer(SetUpInsurerCommand command) {
        Insurer insurer;
        Optional<Insurer> existing;
        try {
            InsurerCode code = InsurerCode.parse(command.code());
            existing = insurers.loadInsurer(code);
            insurer = new Insurer(code, command.displayName(), EmailAddress.parse(command.senderAddress()), command.contact(),
                    command.credentialPolicy(), existing.map(Insurer::currentFiscalYear).orElse(command.fiscalYear()));
        } catch (InvalidValueException e) {
            return new SetUpInsurerResult.Invalid(e.code());
        }
        saveInsurers.saveInsurer(insurer);
        return existing.isPresent() ? new SetUpInsurerResult.Updated() : new SetUpInsurerResult.Created();
    }
}
