package jp.kenpo.kennin.adapters.web.registration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.session.SessionData;
import jp.kenpo.kennin.adapters.web.support.PasswordHint;

/**
 * How far a visitor got through 初回認証 in this session: identified as a member, and possibly
 * sent a code. The member id lives only here (server side), never in a form.
 *
 * @param senderAddress null until a code was sent
 * @param passwordHint the member's insurer's password rules, as learnt at identification
 */
record SignupState(long memberId, String maskedEmail, String senderAddress, int validMinutes, PasswordHint passwordHint) {

    /** As the session keeps it: a line of named text fields, never a serialized object. */
    String encode() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("member", Long.toString(memberId));
        f.put("masked", maskedEmail);
        if (senderAddress != null) {
            f.put("sender", senderAddress);
        }
        f.put("minutes", Integer.toString(validMinutes));
        f.put("hint", passwordHint.key());
        f.put("min", Integer.toString(passwordHint.minLength()));
        f.put("max", Integer.toString(passwordHint.maxLength()));
        f.put("symbols", passwordHint.symbols());
        return SessionData.encodeForm(f);
    }

    /** {@link #encode()} read back; empty for anything damaged (the sign-up then starts over). */
    static Optional<SignupState> decode(String text) {
        Map<String, String> f = SessionData.decodeForm(text);
        try {
            return Optional.of(new SignupState(Long.parseLong(f.get("member")), f.get("masked"), f.get("sender"),
                    Integer.parseInt(f.get("minutes")), new PasswordHint(f.get("hint"), Integer.parseInt(f.get("min")),
                    Integer.parseInt(f.get("max")), f.get("symbols"))));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    static SignupState identified(long memberId, String maskedEmail, PasswordHint passwordHint) {
        return new SignupState(memberId, maskedEmail, null, 0, passwordHint);
    }

    boolean codeSent() {
        return senderAddress != null;
    }

    SignupState withCode(String maskedEmail, String senderAddress, int validMinutes) {
        return new SignupState(memberId, maskedEmail, senderAddress, validMinutes, passwordHint);
    }

    SignupState withMaskedEmail(String masked) {
        return new SignupState(memberId, masked, senderAddress, validMinutes, passwordHint);
    }

    SignupState withoutCode() {
        return identified(memberId, maskedEmail, passwordHint);
    }

    /** The part after {@code @}, for the advice to allow the sender's domain in spam filters. */
    String senderDomain() {
        int at = senderAddress == null ? -1 : senderAddress.lastIndexOf('@');
        return at < 0 ? "" : senderAddress.substring(at);
    }
}
