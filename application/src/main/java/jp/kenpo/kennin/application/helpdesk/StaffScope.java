package jp.kenpo.kennin.application.helpdesk;

import java.util.Optional;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;

/** The one place the help desk turns a member id from a request into a member: only of the staff's own insurer. */
final class StaffScope {
    private StaffScope() {
    }

    /** Empty for an unknown id and for another insurer's member alike, so neither can be told from the other. */
    static Optional<InsuredMember> member(LoadMemberPort members, SignedInStaff staff, MemberId id) {
        return members.loadMember(id).filter(m -> m.insurer().equals(staff.insurerCode()));
    }
}
