package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.registration.SignupLimitsPort;
import jp.kenpo.kennin.domain.member.MemberId;

/** Each change under the entry's lock, as the database's conditional updates are atomic. */
public final class InMemorySignupLimits implements SignupLimitsPort {
    private final Map<MemberId, SignupLimitState> limits = new ConcurrentHashMap<>();

    @Override
    public SignupLimitState load(MemberId member) {
        return limits.getOrDefault(member, SignupLimitState.none());
    }

    @Override
    public boolean admitCode(MemberId member, Instant now, Instant notIssuedSince, LocalDate day, int perDay) {
        boolean[] admitted = {false};
        limits.compute(member, (m, s) -> {
            SignupLimitState state = s == null ? SignupLimitState.none() : s;
            boolean cooled = state.lastIssuedAt().map(last -> !last.isAfter(notIssuedSince)).orElse(true);
            boolean sameDay = state.issueDay().filter(day::equals).isPresent();
            if (!cooled || (sameDay && state.codesThatDay() >= perDay)) {
                return state;
            }
            admitted[0] = true;
            return new SignupLimitState(state.codeTries(), Optional.of(day), sameDay ? state.codesThatDay() + 1 : 1,
                    Optional.of(now));
        });
        return admitted[0];
    }

    @Override
    public void withdrawCode(MemberId member, Instant issuedAt, Optional<Instant> previousIssuedAt) {
        limits.computeIfPresent(member, (m, s) -> s.lastIssuedAt().filter(issuedAt::equals).isEmpty() ? s
                : new SignupLimitState(s.codeTries(), s.issueDay(), Math.max(0, s.codesThatDay() - 1), previousIssuedAt));
    }

    @Override
    public boolean countCodeTry(MemberId member, int max) {
        boolean[] counted = {false};
        limits.compute(member, (m, s) -> {
            SignupLimitState state = s == null ? SignupLimitState.none() : s;
            if (state.codeTries() >= max) {
                return state;
            }
            counted[0] = true;
            return new SignupLimitState(state.codeTries() + 1, state.issueDay(), state.codesThatDay(), state.lastIssuedAt());
        });
        return counted[0];
    }

    @Override
    public void resetCodeTries(MemberId member) {
        limits.computeIfPresent(member, (m, s) -> new SignupLimitState(0, s.issueDay(), s.codesThatDay(), s.lastIssuedAt()));
    }
}
