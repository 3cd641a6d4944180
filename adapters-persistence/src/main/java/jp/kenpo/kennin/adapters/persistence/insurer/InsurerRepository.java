package jp.kenpo.kennin.adapters.persistence.insurer;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER_INCOME_LIMIT;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.InsurerRecord;
import jp.kenpo.kennin.application.insurer.CreateInsurerPort;
import jp.kenpo.kennin.application.insurer.InsurerSettings;
import jp.kenpo.kennin.application.insurer.ListInsurersPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.UpdateInsurerSettingsPort;
import jp.kenpo.kennin.application.insurer.SaveInsurerPort;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.credential.PasswordCharacters;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.IncomeLimit;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Insurers, with their contact and credential policy flattened into columns, and their overrides
 * of the eligibility rules: the rounding as a column, their own limits as rows per band.
 */
public final class InsurerRepository implements LoadInsurerPort, SaveInsurerPort, CreateInsurerPort, ListInsurersPort,
        LoadInsurerOverridesPort, UpdateInsurerSettingsPort {
    private static final String UNIQUE_VIOLATION = "23505";
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
        toRecord(insurer).merge();
    }

    @Override
    public boolean moveToFiscalYear(InsurerCode insurer, int from, int to) {
        return dsl.update(INSURER).set(INSURER.CURRENT_FISCAL_YEAR, to)
                .where(INSURER.CODE.eq(insurer.value()).and(INSURER.CURRENT_FISCAL_YEAR.eq(from)))
                .execute() == 1;
    }

    @Override
    public boolean createInsurer(Insurer insurer) {
        try {
            return dsl.insertInto(INSURER).set(toRecord(insurer)).onConflictDoNothing().execute() == 1;
        } catch (DataAccessException e) {
            // H2 runs "on conflict do nothing" as a MERGE, which two tabs creating the same code at once still
            // bring to the primary key: that too is a code taken.
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Insurer> allInsurers() {
        return dsl.selectFrom(INSURER).orderBy(INSURER.CODE).fetch(InsurerRepository::toInsurer);
    }

    @Override
    public InsurerOverrides overridesOf(InsurerCode insurer) {
        Optional<RoundingMode> rounding = dsl.select(INSURER.ELIGIBILITY_ROUNDING).from(INSURER)
                .where(INSURER.CODE.eq(insurer.value()))
                .fetchOptional(INSURER.ELIGIBILITY_ROUNDING)
                .map(RoundingMode::valueOf);
        InsurerOverrides overrides = rounding.map(InsurerOverrides.none()::withRounding).orElse(InsurerOverrides.none());
        for (var limit : dsl.selectFrom(INSURER_INCOME_LIMIT).where(INSURER_INCOME_LIMIT.INSURER_CODE.eq(insurer.value()))
                .orderBy(INSURER_INCOME_LIMIT.BAND).fetch()) {
            overrides = overrides.withLimit(IncomeBand.valueOf(limit.getBand()),
                    new IncomeLimit(limit.getAnnualYen(), limit.getMonthlyYen(), limit.getDailyYen()));
        }
        return overrides;
    }

    /** Every column but the code and the survey year, and the limits replaced, in one transaction. */
    @Override
    public boolean updateSettings(InsurerCode insurer, InsurerSettings settings) {
        return dsl.transactionResult(() -> {
            InsurerRecord values = dsl.newRecord(INSURER);
            setSettings(values, settings.displayName(), settings.senderAddress(), settings.contact(), settings.credentialPolicy());
            values.setEligibilityRounding(settings.overrides().rounding().map(Enum::name).orElse(null));
            values.changed(INSURER.CODE, false);
            values.changed(INSURER.CURRENT_FISCAL_YEAR, false);
            if (dsl.update(INSURER).set(values).where(INSURER.CODE.eq(insurer.value())).execute() != 1) {
                return false;
            }
            dsl.deleteFrom(INSURER_INCOME_LIMIT).where(INSURER_INCOME_LIMIT.INSURER_CODE.eq(insurer.value())).execute();
            for (Map.Entry<IncomeBand, IncomeLimit> limit : settings.overrides().limits().entrySet()) {
                dsl.insertInto(INSURER_INCOME_LIMIT)
                        .set(INSURER_INCOME_LIMIT.INSURER_CODE, insurer.value())
                        .set(INSURER_INCOME_LIMIT.BAND, limit.getKey().name())
                        .set(INSURER_INCOME_LIMIT.ANNUAL_YEN, limit.getValue().annual())
                        .set(INSURER_INCOME_LIMIT.MONTHLY_YEN, limit.getValue().monthly())
                        .set(INSURER_INCOME_LIMIT.DAILY_YEN, limit.getValue().daily())
                        .execute();
            }
            return true;
        });
    }

    private InsurerRecord toRecord(Insurer insurer) {
        InsurerRecord record = dsl.newRecord(INSURER);
        record.setCode(insurer.code().value());
        record.setCurrentFiscalYear(insurer.currentFiscalYear());
        setSettings(record, insurer.displayName(), insurer.senderAddress(), insurer.contact(), insurer.credentialPolicy());
        return record;
    }

    private static void setSettings(InsurerRecord record, String displayName, EmailAddress sender, InsurerContact contact,
                                    CredentialPolicy policy) {
        record.setDisplayName(displayName);
        record.setSenderAddress(sender.value());
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
