package jp.kenpo.kennin.adapters.documents;

import java.security.SecureRandom;
import java.util.HexFormat;

/** 128 random bits in lower-case hex: the shape the application accepts for ids and staging tokens. */
final class RandomKeys {
    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
