package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
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

/** Validates like the command line's import (the same code), then previews or stores. */
public final class UploadRosterService implements UploadRosterUseCase {
    private final ImportDependentsService dependentRules;
    private final StoreRosterPort roster;
    private final PreviewRosterPort rosterPreview;
    private final StoreDependentsPort dependents;
    private final PreviewDependentsPort dependentsPreview;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public UploadRosterService(ImportDependentsService dependentRules, StoreRosterPort roster, PreviewRosterPort rosterPreview,
                               StoreDependentsPort dependents, PreviewDependentsPort dependentsPreview,
                               Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.dependentRules = dependentRules;
        this.roster = roster;
        this.rosterPreview = rosterPreview;
        this.dependents = dependents;
        this.dependentsPreview = dependentsPreview;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public UploadRosterResult uploadRoster(UploadRosterCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.IMPORT_ROSTERS);
        InsurerCode insurer = command.actor().insurerCode();
        boolean commit = command.mode() == Mode.COMMIT;
        RosterCounts counts;
        AuditAction action;
        if (command.file() instanceof RosterFile.Members members) {
            ValidatedRows<RosterEntry> validated = ImportRosterService.validateAll(members.rows(), TokyoCalendar.today(clock));
            if (!validated.problems().isEmpty()) {
                return new UploadRosterResult.Rejected(validated.problems());
            }
            counts = commit
                    ? transactions.inTransaction(() -> roster.storeRoster(insurer, validated.entries()))
                    : rosterPreview.previewRoster(insurer, validated.entries());
            action = AuditAction.ROSTER_IMPORTED;
        } else {
            RosterFile.Dependents file = (RosterFile.Dependents) command.file();
            // Checked and stored in one transaction, so a row's member is the one found when it was checked.
            AtomicReference<ValidatedRows<DependentEntry>> checked = new AtomicReference<>();
            counts = transactions.inTransaction(() -> {
                checked.set(dependentRules.validateAll(insurer, file.rows()));
                if (!checked.get().problems().isEmpty()) {
                    return null;
                }
                return commit ? dependents.storeDependents(checked.get().entries())
                        : dependentsPreview.previewDependents(checked.get().entries());
            });
            if (counts == null) {
                return new UploadRosterResult.Rejected(checked.get().problems());
            }
            action = AuditAction.DEPENDENTS_IMPORTED;
        }
        if (!commit) {
            return new UploadRosterResult.Previewed(counts);
        }
        audit.staff(action, command.actor(), command.client(), "file=" + auditable(command.fileName())
                + " created=" + counts.created() + " updated=" + counts.updated() + " unchanged=" + counts.unchanged());
        return new UploadRosterResult.Imported(counts);
    }

    /** A browser's file name is the staff member's input: kept short and on one line in the log. */
    private static String auditable(String fileName) {
        String name = PlainText.hasControlCharacters(fileName) ? "(unprintable)" : fileName;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
