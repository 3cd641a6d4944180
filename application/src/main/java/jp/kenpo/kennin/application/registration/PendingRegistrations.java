package jp.kenpo.kennin.application.registration;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.verification.PendingVerificationPort;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.verification.PendingVerification;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

/** A registration waiting for its code is filed under the member it will make an account for. */
final class PendingRegistrations {
    private final PendingVerificationPort pendingPort;
    private final LoadMemberPort members;
    private final LoadInsurerPort insurers;

    PendingRegistrations(PendingVerificationPort pendingPort, LoadMemberPort members, LoadInsurerPort insurers) {
        this.pendingPort = pendingPort;
        this.members = members;
        this.insurers = insurers;
    }

    /** The pending registration with the member and insurer it is for. */
    record Pending(PendingVerification verification, jp.kenpo.kennin.domain.member.InsuredMember member, Insurer insurer) {
    }

    static String subject(MemberId member) {
        return Long.toString(member.value());
    }

    /** Empty when nothing is pending, or the member or insurer no longer exists. */
    Optional<Pending> load(MemberId member) {
        return pendingPort.loadPending(VerificationPurpose.REGISTRATION, subject(member))
                .flatMap(pending -> members.loadMember(member)
                        .flatMap(m -> insurers.loadInsurer(m.insurer()).map(insurer -> new Pending(pending, m, insurer))));
    }
}
