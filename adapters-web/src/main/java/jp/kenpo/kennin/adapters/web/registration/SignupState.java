package jp.kenpo.kennin.adapters.web.registration;

import java.io.Serializable;
import jp.kenpo.kennin.adapters.web.support.PasswordHint;

/**
 * How far a visitor got through 初回認証 in this session: identified as a member, and possibly
 * sent a code. The member id lives only here (server side), never in a form.
 *
 * @param senderAddress null until a code was sent
 * @param passwordHint the member's insurer's password rules, as learnt at identification
 */
record SignupState(long memberId, String maskedEmail, String senderAddress, int validMinutes, PasswordHint passwordHint)
        implements Serializable {

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
