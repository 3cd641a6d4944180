package jp.kenpo.kennin.application.review;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ChangeFourEyesService implements ChangeFourEyesUseCase {
    private final FourEyesPort fourEyes;
    private final AuditTrail audit;

    public ChangeFourEyesService(FourEyesPort fourEyes, RecordAuditPort audit, Clock clock) {
        this.fourEyes = fourEyes;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ChangeFourEyesResult changeFourEyes(ChangeFourEyesCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.MANAGE_SETTINGS);
        Optional<FourEyesRule> rule = Arrays.stream(FourEyesRule.values())
                .filter(r -> r.name().equals(command.rule())).findFirst();
        if (rule.isEmpty()) {
            return new ChangeFourEyesResult.Invalid("review.fourEyes.invalid");
        }
        fourEyes.setFourEyes(command.staff().insurerCode(), rule.get());
        audit.staff(AuditAction.INSURER_SETTINGS_CHANGED, command.staff(), command.client(), "fourEyes=" + rule.get());
        return new ChangeFourEyesResult.Changed(rule.get());
    }
}
