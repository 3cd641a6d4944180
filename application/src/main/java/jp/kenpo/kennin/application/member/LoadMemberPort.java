package jp.kenpo.kennin.application.member;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

public interface LoadMemberPort {
    /** The member with this 記号・番号 at this insurer (as printed on the card). */
    Optional<InsuredMember> findByCard(InsurerCode insurer, MemberSymbol symbol, MemberNumber number);

    Optional<InsuredMember> loadMember(MemberId id);

    /** Members of this insurer whose address equals this one, ignoring case. */
    List<InsuredMember> findByEmail(InsurerCode insurer, EmailAddress email);
}
