package jp.kenpo.kennin.adapters.cli.archplant;

import jp.kenpo.kennin.application.roster.ImportRosterService;

/** A command typed on the service instead of ImportRosterUseCase. */
public final class CommandCallingAService {
    ImportRosterService importRoster;
}
