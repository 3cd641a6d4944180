package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * Whether a sign-up code may be mailed for a member record now. Choosing credentials and asking
 * for a resend both mint a code with fresh tries, so both pass here: the same cool-down, the same
 * daily cap and the same cap on compared codes, whichever path asks.
 */
final class SignupCodeIssuing {
    private final SignupLimitsPort limitsPort;
    private final SignupLimits limits;
    private final Duration coolDown;
    private final Clock clock;

    SignupCodeIssuing(SignupLimitsPort limitsPort, SignupLimits limits, OnboardingSettings settings, Clock clock) {
        this.limitsPort = limitsPort;
        this.limits = limits;
        this.coolDown = settings.resendCoolDown();
        this.clock = clock;
    }

    sealed interface Admission {
        /** @param previousIssuedAt when the code before was mailed, to {@link #withdraw} this one */
        record Admitted(Instant issuedAt, Optional<Instant> previousIssuedAt) implements Admission {
        }

        record CoolingDown(long secondsLeft) implements Admission {
        }

        /** {@link SignupLimits#codesPerDay()} codes were mailed today. */
        record DailyLimitReached() implements Admission {
        }

        /** {@link SignupLimits#maxCodeTries()} codes were compared: only staff can open sign-up again. */
        record Locked() implements Admission {
        }
    }

    /** Counts the code about to be mailed when it is admitted. */
    Admission admit(MemberId member, Instant now) {
        SignupLimitsPort.SignupLimitState before = limitsPort.load(member);
        if (before.codeTries() >= limits.maxCodeTries()) {
            return new Admission.Locked();
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (limitsPort.admitCode(member, now, now.minus(coolDown), today, limits.codesPerDay())) {
            return new Admission.Admitted(now, before.lastIssuedAt());
        }
        SignupLimitsPort.SignupLimitState state = limitsPort.load(member);
        Duration wait = state.lastIssuedAt().map(last -> Duration.between(now, last.plus(coolDown))).orElse(Duration.ZERO);
        if (wait.isNegative() || wait.isZero()) {
            return new Admission.DailyLimitReached();
        }
        return new Admission.CoolingDown((wait.toMillis() + 999) / 1000);
    }

    /** The admitted code's mail was not sent: it does not count against the cool-down or the day. */
    void withdraw(MemberId member, Admission.Admitted admitted) {
        limitsPort.withdrawCode(member, admitted.issuedAt(), admitted.previousIssuedAt());
    }

    boolean locked(MemberId member) {
        return limitsPort.load(member).codeTries() >= limits.maxCodeTries();
    }
}
