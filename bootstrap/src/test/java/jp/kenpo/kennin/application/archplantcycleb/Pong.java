package jp.kenpo.kennin.application.archplantcycleb;

import jp.kenpo.kennin.application.archplantcyclea.Ping;

/** The other half of the cycle. */
public final class Pong {
    Ping question;
}
