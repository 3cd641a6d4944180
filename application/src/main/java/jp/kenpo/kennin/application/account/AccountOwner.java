package jp.kenpo.kennin.application.account;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;

/** An account with the member it belongs to (their mail address, birth date) and their insurer (sender, policy). */
record AccountOwner(Account account, InsuredMember member, Insurer insurer) {
    /** Empty when the member or the insurer no longer exists. */
    static Optional<AccountOwner> of(Account account, LoadMemberPort members, LoadInsurerPort insurers) {
        return members.loadMember(account.member()).flatMap(member -> insurers.loadInsurer(account.insurer())
                .map(insurer -> new AccountOwner(account, member, insurer)));
    }

    /** Registered for the insurer's current survey year, i.e. able to log in. */
    boolean isCurrent() {
        return account.isCurrentFor(insurer);
    }
}
