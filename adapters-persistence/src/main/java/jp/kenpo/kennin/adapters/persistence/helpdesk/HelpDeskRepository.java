package jp.kenpo.kennin.adapters.persistence.helpdesk;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.CALL_NOTE;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.PROXY_ENTRY;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.helpdesk.CallNotePort;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.CallNoteText;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffReason;
import org.jooq.DSLContext;

/** Staff's call notes and proxy entries (代行入力) about members. */
public final class HelpDeskRepository implements CallNotePort, ProxyEntryPort {
    private final DSLContext dsl;

    public HelpDeskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void saveCallNote(CallNote note) {
        dsl.insertInto(CALL_NOTE)
                .set(CALL_NOTE.INSURER_CODE, note.insurer().value())
                .set(CALL_NOTE.MEMBER_ID, note.member().value())
                .set(CALL_NOTE.STAFF_ID, note.staff().value())
                .set(CALL_NOTE.STAFF_LOGIN, note.staffLogin().value())
                .set(CALL_NOTE.WRITTEN_AT, note.writtenAt())
                .set(CALL_NOTE.BODY, note.text().value())
                .execute();
    }

    @Override
    public List<CallNote> callNotesOf(InsurerCode insurer, MemberId member, int limit) {
        return dsl.selectFrom(CALL_NOTE)
                .where(CALL_NOTE.INSURER_CODE.eq(insurer.value()), CALL_NOTE.MEMBER_ID.eq(member.value()))
                .orderBy(CALL_NOTE.WRITTEN_AT.desc(), CALL_NOTE.ID.desc())
                .limit(limit)
                .fetch(r -> new CallNote(new InsurerCode(r.getInsurerCode()), new MemberId(r.getMemberId()),
                        new StaffId(r.getStaffId()), new LoginName(r.getStaffLogin()), r.getWrittenAt(),
                        new CallNoteText(r.getBody())));
    }

    @Override
    public void saveProxyEntry(ProxyEntry entry) {
        dsl.insertInto(PROXY_ENTRY)
                .set(PROXY_ENTRY.INSURER_CODE, entry.insurer().value())
                .set(PROXY_ENTRY.FISCAL_YEAR, entry.fiscalYear())
                .set(PROXY_ENTRY.MEMBER_ID, entry.member().value())
                .set(PROXY_ENTRY.DEPENDENT_ID, entry.dependent().map(DependentId::value).orElse(null))
                .set(PROXY_ENTRY.ACTION, entry.action().name())
                .set(PROXY_ENTRY.STAFF_ID, entry.staff().value())
                .set(PROXY_ENTRY.STAFF_LOGIN, entry.staffLogin().value())
                .set(PROXY_ENTRY.REASON, entry.reason().value())
                .set(PROXY_ENTRY.ENTERED_AT, entry.at())
                .execute();
    }

    @Override
    public List<ProxyEntry> proxyEntriesOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return dsl.selectFrom(PROXY_ENTRY)
                .where(PROXY_ENTRY.INSURER_CODE.eq(insurer.value()), PROXY_ENTRY.FISCAL_YEAR.eq(fiscalYear),
                        PROXY_ENTRY.MEMBER_ID.eq(member.value()))
                .orderBy(PROXY_ENTRY.ENTERED_AT.desc(), PROXY_ENTRY.ID.desc())
                .fetch(r -> new ProxyEntry(new InsurerCode(r.getInsurerCode()), r.getFiscalYear(), new MemberId(r.getMemberId()),
                        Optional.ofNullable(r.getDependentId()).map(DependentId::new), ProxyAction.valueOf(r.getAction()),
                        new StaffId(r.getStaffId()), new LoginName(r.getStaffLogin()), new StaffReason(r.getReason()),
                        r.getEnteredAt()));
    }
}
