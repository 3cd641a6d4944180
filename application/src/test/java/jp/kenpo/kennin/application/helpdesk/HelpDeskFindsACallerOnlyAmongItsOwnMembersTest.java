package jp.kenpo.kennin.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberCommand;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberResult;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.MemberQuery;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.MemberSummary;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.MemberId;
import org.junit.jupiter.api.Test;

class HelpDeskFindsACallerOnlyAmongItsOwnMembersTest {
    private final HelpDesk desk = new HelpDesk();

    private FindMemberResult find(SignedInStaff staff, MemberQuery query) {
        return desk.find.findMember(new FindMemberCommand(staff, query, 0, ClientAddress.local()));
    }

    private static java.util.List<MemberId> ids(FindMemberResult result) {
        assertThat(result).isInstanceOf(FindMemberResult.Found.class);
        return ((FindMemberResult.Found) result).members().stream().map(MemberSummary::id).toList();
    }

    @Test
    void aKanaNameTypedInHiraganaHalfWidthOrWithoutSpacesFindsTaroAndPartOfItFindsEveryYamada() {
        desk.omron.hanako();
        desk.system.member(desk.omron.insurer, "12", "1111", "山田 次郎", "ヤマダ ジロウ", Omron.TARO_BIRTH_DATE, "jiro@omron.example.jp");

        assertThat(ids(find(desk.sato, new MemberQuery.ByKana("やまだ　たろう")))).containsExactly(desk.omron.taro.id());
        assertThat(ids(find(desk.sato, new MemberQuery.ByKana("ﾔﾏﾀﾞﾀﾛｳ")))).containsExactly(desk.omron.taro.id());
        assertThat(ids(find(desk.sato, new MemberQuery.ByKana("ヤマダ")))).hasSize(2).doesNotContain(desk.kobeTaro.id());
    }

    @Test
    void byCardUserIdAndAddressTaroIsFoundWithTheCardTypedInFullWidth() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(ids(find(desk.sato, new MemberQuery.ByCard("１２", "３４５６")))).containsExactly(desk.omron.taro.id());
        assertThat(ids(find(desk.sato, new MemberQuery.ByUserId("TARO.YAMADA")))).containsExactly(desk.omron.taro.id());
        assertThat(ids(find(desk.sato, new MemberQuery.ByEmail(Omron.TARO_EMAIL)))).containsExactly(desk.omron.taro.id());
    }

    @Test
    void staffOfAnotherInsurerFindNoneOfOmronsMembersWhateverTheyType() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(ids(find(desk.kobeStaff, new MemberQuery.ByKana("ヤマダ タロウ")))).containsExactly(desk.kobeTaro.id());
        assertThat(ids(find(desk.kobeStaff, new MemberQuery.ByCard("12", "3456")))).containsExactly(desk.kobeTaro.id());
        assertThat(ids(find(desk.kobeStaff, new MemberQuery.ByUserId(Omron.TARO_USER_ID)))).isEmpty();
        assertThat(ids(find(desk.kobeStaff, new MemberQuery.ByEmail(Omron.TARO_EMAIL)))).isEmpty();
    }

    @Test
    void pagesHoldTwentyAndSayWhetherMoreFollow() {
        for (int i = 0; i < 25; i++) {
            desk.system.member(desk.omron.insurer, "20", String.valueOf(100 + i), "鈴木 " + i, "スズキ イチ", Omron.TARO_BIRTH_DATE,
                    "s" + i + "@omron.example.jp");
        }
        FindMemberResult.Found first = (FindMemberResult.Found) find(desk.sato, new MemberQuery.ByKana("すずき"));
        FindMemberResult.Found second = (FindMemberResult.Found) desk.find.findMember(
                new FindMemberCommand(desk.sato, new MemberQuery.ByKana("すずき"), 1, ClientAddress.local()));

        assertThat(first.members()).hasSize(20);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.members()).hasSize(5);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.members()).doesNotContainAnyElementsOf(first.members());
    }

    @Test
    void unreadableInputIsInvalidAndTheSearchIsAuditedWithoutWhatWasTyped() {
        assertThat(find(desk.sato, new MemberQuery.ByKana("山田"))).isEqualTo(new FindMemberResult.Invalid(
                "helpdesk.search.kanaInvalid"));
        assertThat(find(desk.sato, new MemberQuery.ByCard("12", "abc"))).isInstanceOf(FindMemberResult.Invalid.class);

        find(desk.sato, new MemberQuery.ByKana("ヤマダ"));

        assertThat(desk.system.audit.withAction(AuditAction.MEMBERS_SEARCHED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(1L);
            assertThat(e.insurerCode()).isEqualTo("omron");
            assertThat(e.detail()).contains("by=kana").contains(Long.toString(desk.omron.taro.id().value()))
                    .doesNotContain("ヤマダ");
        });
    }

    @Test
    void anEmployersContactMayNotSearchMembers() {
        assertThatThrownBy(() -> find(desk.employer, new MemberQuery.ByKana("ヤマダ"))).isInstanceOf(StaffMayNot.class);
    }
}
