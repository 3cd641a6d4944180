package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.LocalDate;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * Validates and stages like the command line's import (the same code), then merges or only
 * counts. A preview stages the file like a commit and forgets it, so it counts exactly what a
 * commit would do at that moment.
 */
public final class UploadRosterService implements UploadRosterUseCase {
    private final StoreRosterPort roster;
    private final StoreDependentsPort dependents;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UploadRosterService(StoreRosterPort roster, StoreDependentsPort dependents, Transactions transactions,
                               RecordAuditPort audit, Clock clock) {
        this.roster = roster;
        this.dependents = dependents;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public UploadRosterResult uploadRoster(UploadRosterCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.IMPORT_ROSTERS);
        InsurerCode insurer = command.actor().insurerCode();
        boolean commit = command.mode() == Mode.COMMIT;
        LocalDate today = TokyoCalendar.today(clock);
        AuditAction action;
        UploadRosterResult result;
        if (command.file() instanceof RosterFile.Members members) {
            result = transactions.inTransaction(() -> {
                try (RosterStage<RosterEntry> stage = roster.stageRoster(insurer)) {
                    return outcome(ImportRosterService.stageAll(members.rows(), today, stage), stage, commit);
                }
            });
            action = AuditAction.ROSTER_IMPORTED;
        } else {
            RosterFile.Dependents file = (RosterFile.Dependents) command.file();
            result = transactions.inTransaction(() -> {
                try (DependentsStage stage = dependents.stageDependents(insurer)) {
                    return outcome(ImportDependentsService.stageAll(file.rows(), today, stage), stage, commit);
                }
            });
            action = AuditAction.DEPENDENTS_IMPORTED;
        }
        if (result instanceof UploadRosterResult.Imported imported) {
            RosterCounts counts = imported.counts();
            audit.staff(action, command.actor(), command.client(), "file=" + auditable(command.fileName())
                    + " created=" + counts.created() + " updated=" + counts.updated() + " unchanged=" + counts.unchanged());
        }
        return result;
    }

    private static UploadRosterResult outcome(ProblemList problems, RosterStage<?> stage, boolean commit) {
        if (!problems.isEmpty()) {
            return new UploadRosterResult.Rejected(problems.first(), problems.total());
        }
        return commit ? new UploadRosterResult.Imported(stage.merge()) : new UploadRosterResult.Previewed(stage.countChanges());
    }

    /** A browser's file name is the staff member's input: kept short and on one line in the log. */
    private static String auditable(String fileName) {
        String name = PlainText.hasControlCharacters(fileName) ? "(unprintable)" : fileName;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
