package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.List;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.text.JapaneseText;

public final class FindMemberService implements FindMemberUseCase {
    /** Beyond this a search is a listing of the roster, which the help desk has no need for. */
    static final int MAX_PAGE = 49;

    private final HelpDeskPorts ports;
    private final AuditTrail audit;

    public FindMemberService(HelpDeskPorts ports, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public FindMemberResult findMember(FindMemberCommand command) {
        SignedInStaff staff = command.staff();
        StaffMayNot.check(staff, StaffPermission.LOOK_UP_MEMBERS);
        int page = Math.max(0, Math.min(command.page(), MAX_PAGE));
        InsurerCode insurer = staff.insurerCode();
        List<InsuredMember> matches;
        boolean hasMore = false;
        MemberQuery query = command.query();
        try {
            if (query instanceof MemberQuery.ByCard card) {
                matches = ports.survey().members().findByCard(insurer, MemberSymbol.parse(card.symbol()),
                        MemberNumber.parse(card.number())).stream().toList();
            } else if (query instanceof MemberQuery.ByKana kana) {
                if (!JapaneseText.isKatakanaName(kana.kana())) {
                    return new FindMemberResult.Invalid("helpdesk.search.kanaInvalid");
                }
                List<InsuredMember> found = ports.search().findByKana(insurer, JapaneseText.kanaKey(kana.kana()),
                        page * PAGE_SIZE, PAGE_SIZE + 1);
                hasMore = found.size() > PAGE_SIZE;
                matches = hasMore ? found.subList(0, PAGE_SIZE) : found;
            } else if (query instanceof MemberQuery.ByUserId userId) {
                matches = Lenient.read(() -> UserId.of(userId.userId()))
                        .flatMap(ports.survey().accounts()::findByUserId)
                        .filter(account -> account.insurer().equals(insurer))
                        .flatMap(account -> ports.survey().members().loadMember(account.member()))
                        .stream().toList();
            } else {
                matches = ports.survey().members().findByEmail(insurer, EmailAddress.parse(((MemberQuery.ByEmail) query).email()));
            }
        } catch (InvalidValueException e) {
            return new FindMemberResult.Invalid(e.code());
        }
        List<MemberSummary> summaries = matches.stream().filter(m -> m.insurer().equals(insurer)).map(MemberSummary::of)
                .toList();
        // What was typed stays out of the log (it is a name or an address); which members were shown goes in.
        audit.staff(AuditAction.MEMBERS_SEARCHED, staff, command.client(), "by=" + kind(command.query()) + " page=" + page
                + " members=" + summaries.stream().map(s -> Long.toString(s.id().value())).reduce((a, b) -> a + "," + b)
                .orElse("-"));
        return new FindMemberResult.Found(summaries, page, hasMore);
    }

    private static String kind(MemberQuery query) {
        if (query instanceof MemberQuery.ByCard) {
            return "card";
        }
        if (query instanceof MemberQuery.ByKana) {
            return "kana";
        }
        return query instanceof MemberQuery.ByUserId ? "userId" : "email";
    }
}
