package jp.kenpo.kennin.adapters.csv.archplant;

import jp.kenpo.kennin.adapters.cli.CliException;

/** The shared roster reader reaching into the command line: others may use it, it uses no other adapter. */
public final class CsvUsingTheCommandLine {
    CliException failure;
}
