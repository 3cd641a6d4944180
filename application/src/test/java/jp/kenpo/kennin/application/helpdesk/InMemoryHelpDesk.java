package jp.kenpo.kennin.application.helpdesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kenpo.kennin.application.fakes.InMemoryMembers;
import jp.kenpo.kennin.application.fakes.InMemorySurveySubmissions;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.mail.MailLogPort;
import jp.kenpo.kennin.domain.audit.AuditEvent;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/** The help desk's read models over the other fakes, and its own notes, entries and mail log. */
public final class InMemoryHelpDesk implements SearchMembersPort, MemberHistoryPort, MailLogPort, CallNotePort, ProxyEntryPort,
        SearchAuditLogPort {
    private final InMemoryMembers members;
    private final InMemorySurveySubmissions submissions;
    private final RecordingAuditLog audit;
    private final List<MailLogEntry> mails = new ArrayList<>();
    private final List<CallNote> notes = new ArrayList<>();
    private final List<ProxyEntry> entries = new ArrayList<>();

    public InMemoryHelpDesk(InMemoryMembers members, InMemorySurveySubmissions submissions, RecordingAuditLog audit) {
        this.members = members;
        this.submissions = submissions;
        this.audit = audit;
    }

    @Override
    public List<InsuredMember> findByKana(InsurerCode insurer, String kanaKey, int offset, int limit) {
        return members.all().stream().filter(m -> m.insurer().equals(insurer))
                .filter(m -> m.name().kanaKey().contains(kanaKey))
                .sorted(Comparator.comparing((InsuredMember m) -> m.name().kanaKey()).thenComparing(m -> m.id().value()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public List<SurveySubmission> submissionsOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return submissions.all().stream()
                .filter(s -> s.insurer().equals(insurer) && s.fiscalYear() == fiscalYear && s.member().equals(member))
                .sorted(Comparator.comparing(SurveySubmission::submittedAt).reversed()).toList();
    }

    @Override
    public synchronized void recordMail(MailLogEntry entry) {
        mails.add(entry);
    }

    @Override
    public synchronized List<MailLogEntry> mailsTo(MemberId member, int limit) {
        return mails.stream().filter(m -> m.member().equals(member))
                .sorted(Comparator.comparing(MailLogEntry::at).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized void saveCallNote(CallNote note) {
        notes.add(note);
    }

    @Override
    public synchronized List<CallNote> callNotesOf(InsurerCode insurer, MemberId member, int limit) {
        return notes.stream().filter(n -> n.insurer().equals(insurer) && n.member().equals(member))
                .sorted(Comparator.comparing(CallNote::writtenAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized void saveProxyEntry(ProxyEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<ProxyEntry> proxyEntriesOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return entries.stream().filter(e -> e.insurer().equals(insurer) && e.fiscalYear() == fiscalYear
                && e.member().equals(member)).sorted(Comparator.comparing(ProxyEntry::at).reversed()).toList();
    }

    @Override
    public List<AuditLine> search(AuditFilter filter, int offset, int limit) {
        List<AuditEvent> events = audit.events();
        List<AuditLine> lines = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            lines.add(new AuditLine(i + 1, events.get(i)));
        }
        return lines.stream()
                .filter(l -> l.event().insurerCode().equals(filter.insurer().value()))
                .filter(l -> filter.staff().map(s -> l.event().staffId().equals(java.util.Optional.of(s.value()))).orElse(true))
                .filter(l -> filter.member().map(m -> l.event().memberId().equals(java.util.Optional.of(m.value()))).orElse(true))
                .filter(l -> filter.action().map(a -> l.event().action() == a).orElse(true))
                .filter(l -> filter.from().map(f -> !l.event().at().isBefore(f)).orElse(true))
                .filter(l -> filter.until().map(u -> l.event().at().isBefore(u)).orElse(true))
                .sorted(Comparator.comparing((AuditLine l) -> l.event().at()).thenComparing(AuditLine::id).reversed())
                .skip(offset).limit(limit).toList();
    }
}
