package jp.kenpo.kennin.application.member;

import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;

/** Stores an address the member set themselves; later roster imports keep it. */
public interface UpdateMemberEmailPort {
    void changeEmailByMember(MemberId member, EmailAddress email);
}
