package jp.kenpo.kennin.application.keyrotation;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.security.SecretSealer;
import jp.kenpo.kennin.domain.audit.AuditAction;

/** {@link ResealSecretsUseCase}: one value at a time, each replaced by a conditional update. */
public final class ResealSecretsService implements ResealSecretsUseCase {
    private final SealedSecretsPort values;
    private final SecretSealer sealer;
    private final AuditTrail audit;

    public ResealSecretsService(SealedSecretsPort values, SecretSealer sealer, RecordAuditPort audit, Clock clock) {
        this.values = values;
        this.sealer = sealer;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ResealSecretsResult resealSecrets(ResealSecretsCommand command) {
        int resealed = 0;
        int current = 0;
        int notSealed = 0;
        int unreadable = 0;
        int changed = 0;
        for (SealedSecretsPort.SealedValue value : values.sealedValues()) {
            if (!SecretSealer.looksSealed(value.stored())) {
                notSealed++;
                continue;
            }
            if (!sealer.sealedWithPreviousKey(value.stored())) {
                if (sealer.open(value.stored()).isPresent()) {
                    current++;
                } else {
                    unreadable++;
                }
                continue;
            }
            Optional<String> secret = sealer.open(value.stored());
            if (secret.isEmpty()) {
                unreadable++;
            } else if (values.replace(value, sealer.seal(secret.get()))) {
                resealed++;
            } else {
                changed++;
            }
        }
        ResealSecretsResult result = new ResealSecretsResult(resealed, current, notSealed, unreadable, changed);
        audit.anonymous(AuditAction.SECRETS_RESEALED, "", ClientAddress.local(), "resealed=" + resealed + " current=" + current
                + " notSealed=" + notSealed + " unreadable=" + unreadable + " changedMeanwhile=" + changed + " by command line ("
                + command.operator() + ")");
        return result;
    }
}
