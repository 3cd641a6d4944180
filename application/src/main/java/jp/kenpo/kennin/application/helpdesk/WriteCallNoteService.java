package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.helpdesk.CallNotePort.CallNote;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.staff.CallNoteText;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class WriteCallNoteService implements WriteCallNoteUseCase {
    private final HelpDeskPorts ports;
    private final AuditTrail audit;
    private final Clock clock;

    public WriteCallNoteService(HelpDeskPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public WriteCallNoteResult writeCallNote(WriteCallNoteCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.HELP_MEMBERS);
        Optional<InsuredMember> member = StaffScope.member(ports.survey().members(), command.staff(), command.member());
        if (member.isEmpty()) {
            return new WriteCallNoteResult.NotFound();
        }
        CallNoteText text;
        try {
            text = CallNoteText.parse(command.text());
        } catch (InvalidValueException e) {
            return new WriteCallNoteResult.Invalid(e.code());
        }
        ports.callNotes().saveCallNote(new CallNote(member.get().insurer(), member.get().id(), command.staff().id(),
                command.staff().login(), clock.instant(), text));
        // The note itself stays in its table: it may hold what the caller said about their family.
        audit.staffOnMember(AuditAction.CALL_NOTE_WRITTEN, command.staff(), member.get(), command.client(), "");
        return new WriteCallNoteResult.Written();
    }
}
