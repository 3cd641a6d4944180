package jp.kenpo.kennin.application.registration;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

public final class UnlockSignupService implements UnlockSignupUseCase {
    private final LoadMemberPort members;
    private final SignupLimitsPort limits;
    private final AuditTrail audit;

    public UnlockSignupService(LoadMemberPort members, SignupLimitsPort limits, RecordAuditPort audit, Clock clock) {
        this.members = members;
        this.limits = limits;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public UnlockSignupResult unlockSignup(UnlockSignupCommand command) {
        Optional<InsuredMember> member;
        try {
            member = members.findByCard(InsurerCode.parse(command.insurer()), MemberSymbol.parse(command.symbol()),
                    MemberNumber.parse(command.number()));
        } catch (InvalidValueException e) {
            return new UnlockSignupResult.Invalid(e.code());
        }
        if (member.isEmpty()) {
            return new UnlockSignupResult.NotFound();
        }
        // Only the lifetime count of compared codes is the lock staff lift; the daily and cool-down
        // limits pass by themselves, and the code already mailed (if any) stays valid until it expires.
        limits.resetCodeTries(member.get().id());
        audit.member(AuditAction.SIGNUP_UNLOCKED, member.get(), command.client(), "staff=" + command.staff());
        return new UnlockSignupResult.Unlocked();
    }
}
