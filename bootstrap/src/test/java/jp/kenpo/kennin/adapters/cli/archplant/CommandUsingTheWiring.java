package jp.kenpo.kennin.adapters.cli.archplant;

import jp.kenpo.kennin.bootstrap.Wiring;

/** A command reaching back into the composition root instead of being handed its use cases. */
public final class CommandUsingTheWiring {
    Wiring wiring;
}
