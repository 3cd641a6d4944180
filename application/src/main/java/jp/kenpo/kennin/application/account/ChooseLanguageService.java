package jp.kenpo.kennin.application.account;

import java.util.Objects;

public final class ChooseLanguageService implements ChooseLanguageUseCase {
    private final SaveAccountLanguagePort accounts;

    public ChooseLanguageService(SaveAccountLanguagePort accounts) {
        this.accounts = accounts;
    }

    @Override
    public ChooseLanguageResult chooseLanguage(ChooseLanguageCommand command) {
        Objects.requireNonNull(command.account());
        Objects.requireNonNull(command.language());
        return accounts.saveLanguage(command.account(), command.language())
                ? new ChooseLanguageResult.Chosen(command.language())
                : new ChooseLanguageResult.UnknownAccount();
    }
}
