package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.audit.AuditEvent;

public final class RecordingAuditLog implements RecordAuditPort {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(event);
    }

    public synchronized List<AuditEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<AuditAction> actions() {
        return events.stream().map(AuditEvent::action).toList();
    }

    public synchronized List<AuditEvent> withAction(AuditAction action) {
        return events.stream().filter(e -> e.action() == action).toList();
    }

    public synchronized AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
