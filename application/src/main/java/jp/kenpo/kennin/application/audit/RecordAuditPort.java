package jp.kenpo.kennin.application.audit;

import jp.kenpo.kennin.domain.audit.AuditEvent;

public interface RecordAuditPort {
    void record(AuditEvent event);
}
