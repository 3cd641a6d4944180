package jp.kenpo.kennin.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogUseCase.ExportAuditLogCommand;
import jp.kenpo.kennin.application.helpdesk.ExportAuditLogUseCase.ExportAuditLogResult;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.AuditLogFilter;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.QueryAuditLogCommand;
import jp.kenpo.kennin.application.helpdesk.QueryAuditLogUseCase.QueryAuditLogResult;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

class TheAuditLogShowsOnlyTheInsurersLinesByJapaneseDaysTest {
    private final HelpDesk desk = new HelpDesk();

    private void line(String at, String insurer, long member, AuditAction action) {
        desk.system.audit.record(new AuditEvent(Instant.parse(at), action, insurer, Optional.of(member), Optional.empty(),
                Optional.of(1L), "local", ""));
    }

    private QueryAuditLogResult.Page query(AuditLogFilter filter) {
        QueryAuditLogResult result = desk.queryLog.queryAuditLog(new QueryAuditLogCommand(desk.omronAdmin, filter, 0,
                ClientAddress.local()));
        assertThat(result).isInstanceOf(QueryAuditLogResult.Page.class);
        return (QueryAuditLogResult.Page) result;
    }

    @Test
    void aJapaneseDayRunsFromMidnightInTokyoAndAnotherInsurersLinesNeverShow() {
        line("2025-07-01T14:59:59Z", "omron", 7, AuditAction.LOGIN_SUCCEEDED); // 7/1 23:59:59 JST
        line("2025-07-01T15:00:00Z", "omron", 7, AuditAction.LOGIN_SUCCEEDED); // 7/2 00:00 JST
        line("2025-07-02T14:59:59Z", "omron", 7, AuditAction.LOGIN_FAILED);    // 7/2 23:59:59 JST
        line("2025-07-02T15:00:00Z", "omron", 7, AuditAction.LOGIN_SUCCEEDED); // 7/3 JST
        line("2025-07-02T03:00:00Z", "kobe", 7, AuditAction.LOGIN_SUCCEEDED);

        QueryAuditLogResult.Page page = query(new AuditLogFilter("", "", "", "2025/07/02", "２０２５－０７－０２"));

        assertThat(page.lines()).extracting(l -> l.event().at()).containsExactly(Instant.parse("2025-07-02T14:59:59Z"),
                Instant.parse("2025-07-01T15:00:00Z"));
        assertThat(query(new AuditLogFilter("", "7", "LOGIN_FAILED", "", "")).lines()).hasSize(1);
        assertThat(query(AuditLogFilter.none()).lines()).allSatisfy(l -> assertThat(l.event().insurerCode()).isEqualTo("omron"));
    }

    @Test
    void lookingAtAndExportingTheLogAreThemselvesAudited() {
        line("2025-07-02T03:00:00Z", "omron", 7, AuditAction.LOGIN_SUCCEEDED);

        query(new AuditLogFilter("", "7", "", "", ""));
        ExportAuditLogResult exported = desk.exportLog.exportAuditLog(new ExportAuditLogCommand(desk.omronAdmin,
                AuditLogFilter.none(), ClientAddress.local()));

        assertThat(exported).isInstanceOfSatisfying(ExportAuditLogResult.Exported.class, e -> {
            assertThat(e.truncated()).isFalse();
            assertThat(e.lines()).extracting(l -> l.event().action()).contains(AuditAction.AUDIT_LOG_VIEWED);
        });
        assertThat(desk.system.audit.withAction(AuditAction.AUDIT_LOG_VIEWED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("member=7"));
        assertThat(desk.system.audit.withAction(AuditAction.AUDIT_LOG_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(3L));
    }

    @Test
    void anUnreadableFilterIsInvalidAndTheHelpDeskMayNotReadTheLog() {
        assertThat(desk.queryLog.queryAuditLog(new QueryAuditLogCommand(desk.omronAdmin,
                new AuditLogFilter("", "", "", "2025/07/03", "2025/07/02"), 0, ClientAddress.local())))
                .isEqualTo(new QueryAuditLogResult.Invalid("auditLog.filter.periodReversed"));
        assertThat(desk.queryLog.queryAuditLog(new QueryAuditLogCommand(desk.omronAdmin,
                new AuditLogFilter("", "", "NO_SUCH", "", ""), 0, ClientAddress.local())))
                .isEqualTo(new QueryAuditLogResult.Invalid("auditLog.filter.actionInvalid"));
        assertThatThrownBy(() -> desk.queryLog.queryAuditLog(new QueryAuditLogCommand(desk.sato, AuditLogFilter.none(), 0,
                ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
    }
}
