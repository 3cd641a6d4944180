package jp.kenpo.kennin.application.helpdesk;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

/**
 * The help desk finds a caller among its own insurer's members by what the caller can say: the
 * 記号・番号 on their card, their name in kana (typed in any width, hiragana or katakana, with or
 * without spaces, as sign-up compares it; part of a name finds every name containing it), their
 * user ID or their mail address. Requires {@code LOOK_UP_MEMBERS}; audited.
 */
public interface FindMemberUseCase {
    int PAGE_SIZE = 20;

    FindMemberResult findMember(FindMemberCommand command);

    sealed interface MemberQuery {
        record ByCard(String symbol, String number) implements MemberQuery {
        }

        record ByKana(String kana) implements MemberQuery {
        }

        record ByUserId(String userId) implements MemberQuery {
        }

        record ByEmail(String email) implements MemberQuery {
        }
    }

    /** @param page from 0 */
    record FindMemberCommand(SignedInStaff staff, MemberQuery query, int page, ClientAddress client) {
        public FindMemberCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(query);
            Objects.requireNonNull(client);
        }
    }

    /** What a result line shows: enough to tell two callers of the same name apart. */
    record MemberSummary(MemberId id, MemberSymbol symbol, MemberNumber number, PersonName name, LocalDate birthDate,
                         String office) {
        static MemberSummary of(InsuredMember m) {
            return new MemberSummary(m.id(), m.symbol(), m.number(), m.name(), m.birthDate(), m.office());
        }
    }

    sealed interface FindMemberResult {
        /** @param hasMore whether a next page has more */
        record Found(List<MemberSummary> members, int page, boolean hasMore) implements FindMemberResult {
            public Found {
                members = List.copyOf(members);
            }
        }

        /** @param code the message key: what was typed cannot be what was searched for */
        record Invalid(String code) implements FindMemberResult {
        }
    }
}
