package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffReason;

/**
 * 代行入力: what staff entered into a member's survey for them (answers, documents, the
 * submission itself) from a paper form or a phone call, with who did it and why, so the
 * response shows as entered by staff and not by the member.
 */
public interface ProxyEntryPort {
    void saveProxyEntry(ProxyEntry entry);

    /** The member's proxy entries in that survey year, newest first. */
    List<ProxyEntry> proxyEntriesOf(InsurerCode insurer, int fiscalYear, MemberId member);

    enum ProxyAction {
        ANSWERS_SAVED, DOCUMENT_UPLOADED, SUBMITTED
    }

    /** @param dependent empty for the submission, which covers the whole survey */
    record ProxyEntry(InsurerCode insurer, int fiscalYear, MemberId member, Optional<DependentId> dependent,
                      ProxyAction action, StaffId staff, LoginName staffLogin, StaffReason reason, Instant at) {
        public ProxyEntry {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(action);
            Objects.requireNonNull(staff);
            Objects.requireNonNull(staffLogin);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(at);
        }
    }
}
