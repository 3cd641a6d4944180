package jp.kenpo.kennin.application.insureradmin;

import java.math.RoundingMode;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.InsurerSettings;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.UpdateInsurerSettingsPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.IncomeLimit;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class UpdateInsurerSettingsService implements UpdateInsurerSettingsUseCase {
    /** The roundings an insurer publishes figures with; UNNECESSARY and the like would fail on most limits. */
    public static final Set<RoundingMode> ROUNDINGS = Set.of(RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP);
    /** Far above any limit in force (180万); a typo with an extra zero or two stays possible below it, but not a meaningless one. */
    public static final long MAX_ANNUAL_LIMIT = 10_000_000L;

    private final LoadInsurerPort insurers;
    private final UpdateInsurerSettingsPort settings;
    private final AuditTrail audit;

    public UpdateInsurerSettingsService(LoadInsurerPort insurers, UpdateInsurerSettingsPort settings, RecordAuditPort audit,
                                        Clock clock) {
        this.insurers = insurers;
        this.settings = settings;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public UpdateInsurerSettingsResult updateInsurerSettings(UpdateInsurerSettingsCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_SETTINGS);
        Optional<Insurer> current = insurers.loadInsurer(command.actor().insurerCode());
        if (current.isEmpty()) {
            return new UpdateInsurerSettingsResult.NotFound();
        }
        InsurerSettings next;
        try {
            CredentialPolicy policy = command.credentialPolicy().map(CredentialPolicyChoice::policy)
                    .orElse(current.get().credentialPolicy());
            InsurerContact contact = new InsurerContact(command.callCentre(), command.hours(), command.contactMailAddress(),
                    command.faqUrl());
            if (!contact.mailAddress().isEmpty()) {
                EmailAddress.parse(contact.mailAddress());
            }
            Insurer renamed = new Insurer(current.get().code(), command.displayName(), EmailAddress.parse(command.senderAddress()),
                    contact, policy, current.get().currentFiscalYear());
            next = new InsurerSettings(renamed.displayName(), renamed.senderAddress(), contact, policy, overrides(command));
        } catch (InvalidValueException e) {
            return new UpdateInsurerSettingsResult.Invalid(e.code());
        }
        if (!settings.updateSettings(current.get().code(), next)) {
            return new UpdateInsurerSettingsResult.NotFound();
        }
        audit.staff(AuditAction.INSURER_SETTINGS_CHANGED, command.actor(), command.client(),
                "policy=" + CredentialPolicyChoice.of(next.credentialPolicy()).map(Enum::name).orElse("OTHER")
                        + " rounding=" + command.rounding().map(Enum::name).orElse("NATIONAL")
                        + " limits=" + new java.util.TreeMap<>(command.annualLimits()));
        return new UpdateInsurerSettingsResult.Updated();
    }

    private static InsurerOverrides overrides(UpdateInsurerSettingsCommand command) {
        if (command.rounding().isPresent() && !ROUNDINGS.contains(command.rounding().get())) {
            throw new InvalidValueException("insurer.rounding.invalid");
        }
        InsurerOverrides overrides = command.rounding().map(InsurerOverrides.none()::withRounding).orElse(InsurerOverrides.none());
        RoundingMode rounding = command.rounding().orElse(RoundingMode.CEILING);
        for (Map.Entry<IncomeBand, Long> limit : command.annualLimits().entrySet()) {
            if (limit.getValue() == null || limit.getValue() < 1 || limit.getValue() > MAX_ANNUAL_LIMIT) {
                throw new InvalidValueException("insurer.incomeLimit.invalid");
            }
            overrides = overrides.withLimit(limit.getKey(), IncomeLimit.under(limit.getValue(), rounding));
        }
        return overrides;
    }
}
