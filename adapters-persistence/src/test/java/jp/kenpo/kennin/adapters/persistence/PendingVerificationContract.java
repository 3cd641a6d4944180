package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.verification.PendingVerificationRepository;
import jp.kenpo.kennin.domain.verification.CodeChallenge;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;
import org.junit.jupiter.api.Test;

interface PendingVerificationContract extends PersistenceContract {
    Instant SENT = Instant.parse("2025-06-01T03:04:05.654321Z");

    @Test
    default void registrationWaitsWithItsChosenCredentials() {
        PendingVerification pending = new PendingVerification(VerificationPurpose.REGISTRATION, "member:41",
                CodeChallenge.issue("code-hash", SENT, Duration.ofMinutes(10), 5), Optional.of("Taro_Yamada"),
                Optional.of("$argon2id$hash"), Optional.empty());

        pendings().savePending(pending);

        assertThat(pendings().loadPending(VerificationPurpose.REGISTRATION, "member:41")).contains(pending);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "member:41")).isEmpty();
    }

    @Test
    default void savingAgainReplacesTheChallenge() {
        PendingVerification pending = new PendingVerification(VerificationPurpose.EMAIL_CHANGE, "account:7",
                CodeChallenge.issue("first", SENT, Duration.ofMinutes(10), 5), Optional.empty(), Optional.empty(),
                Optional.of("new@example.jp"));
        pendings().savePending(pending);
        PendingVerification tried = pending.withChallenge(pending.challenge().check(false, SENT.plusSeconds(30)).next());
        PendingVerification resent = tried.withChallenge(CodeChallenge.issue("second", SENT.plusSeconds(90), Duration.ofMinutes(10), 5));

        pendings().savePending(tried);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "account:7")).contains(tried);
        pendings().savePending(resent);
        assertThat(pendings().loadPending(VerificationPurpose.EMAIL_CHANGE, "account:7")).contains(resent);
    }

    @Test
    default void deletedVerificationIsGoneForItsPurposeOnly() {
        CodeChallenge challenge = CodeChallenge.issue("hash", SENT, Duration.ofMinutes(30), 1);
        PendingVerification reset = new PendingVerification(VerificationPurpose.PASSWORD_RESET, "token-digest", challenge,
                Optional.of("taro_yamada"), Optional.empty(), Optional.empty());
        PendingVerification registration = new PendingVerification(VerificationPurpose.REGISTRATION, "token-digest", challenge,
                Optional.empty(), Optional.empty(), Optional.empty());
        pendings().savePending(reset);
        pendings().savePending(registration);

        pendings().deletePending(VerificationPurpose.PASSWORD_RESET, "token-digest");

        assertThat(pendings().loadPending(VerificationPurpose.PASSWORD_RESET, "token-digest")).isEmpty();
        assertThat(pendings().loadPending(VerificationPurpose.REGISTRATION, "token-digest")).contains(registration);
    }

    private PendingVerificationRepository pendings() {
        return database().pendingVerifications();
    }
}
