package jp.kenpo.kennin.application.mailing.campaign;

import java.time.Instant;

/** A member whose address the mail server refused for good, for a letter instead. */
public record UndeliverableAddress(String symbol, String number, String name, String office, String address, String reply,
                                   Instant since) {
}
