package jp.kenpo.kennin.application.progress;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase;
import jp.kenpo.kennin.application.progress.RebuildProgressUseCase.RebuildProgressCommand;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.UploadRosterUseCase;
import jp.kenpo.kennin.application.surveyyear.SetUpSurveyYearUseCase;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * The set-up steps that change whom a year counts (opening or re-scoping a year, loading a member
 * or dependents roster), each followed by a rebuild of that year's progress once it succeeded, so
 * the dashboard needs no manual step. Wrapping them keeps those use cases unaware of the dashboard.
 */
public final class KeepProgressAfterSetup {
    private final RebuildProgressUseCase rebuild;

    public KeepProgressAfterSetup(RebuildProgressUseCase rebuild) {
        this.rebuild = rebuild;
    }

    public OpenSurveyYearUseCase openSurveyYear(OpenSurveyYearUseCase open) {
        return command -> {
            var result = open.openSurveyYear(command);
            if (result instanceof OpenSurveyYearUseCase.OpenSurveyYearResult.Opened) {
                rebuild.rebuildProgress(new RebuildProgressCommand(InsurerCode.parse(command.insurerCode()),
                        Optional.of(command.fiscalYear())));
            }
            return result;
        };
    }

    public SetUpSurveyYearUseCase setUpSurveyYear(SetUpSurveyYearUseCase setUp) {
        return command -> {
            var result = setUp.setUpSurveyYear(command);
            if (result instanceof SetUpSurveyYearUseCase.SetUpSurveyYearResult.Opened) {
                rebuild.rebuildProgress(new RebuildProgressCommand(command.actor().insurerCode(),
                        Optional.of(command.fiscalYear())));
            }
            return result;
        };
    }

    public UploadRosterUseCase uploadRoster(UploadRosterUseCase upload) {
        return command -> {
            var result = upload.uploadRoster(command);
            if (result instanceof UploadRosterUseCase.UploadRosterResult.Imported) {
                rebuild.rebuildProgress(RebuildProgressCommand.currentYear(command.actor().insurerCode()));
            }
            return result;
        };
    }

    public ImportRosterUseCase importRoster(ImportRosterUseCase importRoster) {
        return command -> {
            var result = importRoster.importRoster(command);
            if (result instanceof ImportRosterUseCase.ImportRosterResult.Imported) {
                rebuild.rebuildProgress(RebuildProgressCommand.currentYear(InsurerCode.parse(command.insurerCode())));
            }
            return result;
        };
    }

    public ImportDependentsUseCase importDependents(ImportDependentsUseCase importDependents) {
        return command -> {
            var result = importDependents.importDependents(command);
            if (result instanceof ImportRosterUseCase.ImportRosterResult.Imported) {
                rebuild.rebuildProgress(RebuildProgressCommand.currentYear(InsurerCode.parse(command.insurerCode())));
            }
            return result;
        };
    }
}
