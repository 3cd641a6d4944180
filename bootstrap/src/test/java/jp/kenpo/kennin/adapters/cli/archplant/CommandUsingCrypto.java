package jp.kenpo.kennin.adapters.cli.archplant;

import jp.kenpo.kennin.adapters.crypto.HmacSecretDigest;

/** A command building the crypto adapter itself: adapters meet only in bootstrap, through ports. */
public final class CommandUsingCrypto {
    HmacSecretDigest digest;
}
