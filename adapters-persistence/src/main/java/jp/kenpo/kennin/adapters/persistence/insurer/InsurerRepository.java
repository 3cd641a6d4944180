package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;

import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.InsurerRecord;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SaveInsurerPort;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.PasswordCharacters;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import org.jooq.DSLContext;

/** Insurers, with their contact and credential policy flattened into columns. */
public final class InsurerRepository implements LoadInsurerPort, SaveInsurerPort {
    private final DSLContext dsl;

    public InsurerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Insurer> loadInsurer(InsurerCode code) {
        return dsl.selectFrom(INSURER).where(INSURER.CODE.eq(code.value())).fetchOptional(InsurerRepository::toInsurer);
    }

    @Override
    public void saveInsurer(Insurer insurer) {
        InsurerContact contact = insurer.contact();
        CredentialPolicy policy = insurer.credentialPolicy();
        InsurerRecord record = dsl.newRecord(INSURER);
        record.setCode(insurer.code().value());
        record.setDisplayName(insurer.displayName());
        record.setSenderAddress(insurer.senderAddress().value());
        record.setCurrentFiscalYear(insurer.currentFiscalYear());
        record.setContactCallCentre(contact.callCentre());
        record.setContactHours(contact.hours());
        record.setContactMailAddress(contact.mailAddress());
        record.setContactFaqUrl(contact.faqUrl());
        record.setUserIdMinLength(policy.userIdMinLength());
        record.setUserIdMaxLength(policy.userIdMaxLength());
        record.setUserIdSymbols(policy.userIdSymbols());
        record.setPasswordMinLength(policy.passwordMinLength());
        record.setPasswordMaxLength(policy.passwordMaxLength());
        record.setPasswordSymbols(policy.passwordSymbols());
        record.setPasswordRequiresLetter(policy.requireLetter());
        record.setPasswordRequiresDigit(policy.requireDigit());
        record.setPasswordRequiresSymbol(policy.requireSymbol());
        record.setPasswordRequiresMixedCase(policy.requireMixedCase());
        record.setPasswordCharacters(policy.passwordCharacters().name());
        record.merge();
    }

    private static Insurer toInsurer(InsurerRecord r) {
        return new Insurer(new InsurerCode(r.getCode()), r.getDisplayName(), new EmailAddress(r.getSenderAddress()),
                new InsurerContact(r.getContactCallCentre(), r.getContactHours(), r.getContactMailAddress(), r.getContactFaqUrl()),
                new CredentialPolicy(r.getUserIdMinLength(), r.getUserIdMaxLength(), r.getUserIdSymbols(),
                        r.getPasswordMinLength(), r.getPasswordMaxLength(), r.getPasswordSymbols(),
                        r.getPasswordRequiresLetter(), r.getPasswordRequiresDigit(), r.getPasswordRequiresSymbol(),
                        r.getPasswordRequiresMixedCase(), PasswordCharacters.valueOf(r.getPasswordCharacters())),
                r.getCurrentFiscalYear());
    }
}
