package jp.kenpo.kennin.application.insureradmin;

import java.time.Clock;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.CreateInsurerPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class CreateInsurerService implements CreateInsurerUseCase {
    private final CreateInsurerPort insurers;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateInsurerService(CreateInsurerPort insurers, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    /** The new insurer's year is the current 年度; opening a survey year later moves it on. */
    @Override
    public CreateInsurerResult createInsurer(CreateInsurerCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_INSURERS);
        Insurer insurer;
        try {
            insurer = new Insurer(InsurerCode.parse(command.code()), command.displayName(),
                    EmailAddress.parse(command.senderAddress()), command.contact(), command.credentialPolicy().policy(),
                    FiscalYears.of(TokyoCalendar.today(clock)));
        } catch (InvalidValueException e) {
            return new CreateInsurerResult.Invalid(e.code());
        }
        if (!insurers.createInsurer(insurer)) {
            return new CreateInsurerResult.CodeTaken();
        }
        audit.staff(AuditAction.INSURER_CREATED, command.actor(), command.client(),
                "insurer=" + insurer.code().value() + " policy=" + command.credentialPolicy());
        return new CreateInsurerResult.Created(insurer.code().value(), insurer.currentFiscalYear());
    }
}
