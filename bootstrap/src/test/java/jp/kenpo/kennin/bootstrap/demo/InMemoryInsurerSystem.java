package jp.kenpo.kennin.bootstrap.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.account.LoadAccountPort;
import jp.kenpo.kennin.application.account.SaveAccountPort;
import jp.kenpo.kennin.application.fakes.InMemoryDependents;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.RecordingAuditLog;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.NoticePort;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase;
import jp.kenpo.kennin.application.insurer.PostNoticeUseCase;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase;
import jp.kenpo.kennin.application.insurer.SetUpInsurerUseCase;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.roster.ImportDependentsService;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.application.security.PasswordHasher;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.terms.TermsOfUse;
import jp.kenpo.kennin.domain.text.DateInput;

/**
 * Just enough of the application, in memory, to seed the demo against: the use cases apply the
 * domain's value objects to their input like the real services will, so a demo row the domain
 * would refuse fails here too. Replace with the real services over the application's test-jar
 * fakes once those exist.
 */
final class InMemoryInsurerSystem implements SetUpInsurerUseCase, ImportRosterUseCase, OpenSurveyYearUseCase,
        PublishTermsUseCase, PostNoticeUseCase, LoadInsurerPort, LoadMemberPort, LoadAccountPort, SaveAccountPort, TermsPort, NoticePort,
        PasswordHasher {

    final Map<InsurerCode, Insurer> insurers = new HashMap<>();
    final List<InsuredMember> members = new ArrayList<>();
    final Map<InsurerCode, SurveyYear> surveyYears = new HashMap<>();
    final List<TermsOfUse> terms = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final Map<Long, NewAttachment> attachments = new HashMap<>();
    final List<Account> accounts = new ArrayList<>();
    final InMemoryDependents dependents = new InMemoryDependents(this);
    private final Instant now;
    /** The real service: dependents are checked by the application's own rules, over this class's members. */
    private final ImportDependentsUseCase importDependents;
    private long ids;

    InMemoryInsurerSystem(Clock clock) {
        this.now = clock.instant();
        this.importDependents = new ImportDependentsService(this, dependents, new InlineTransactions(),
                new RecordingAuditLog(), clock);
    }

    DemoData.UseCases useCases() {
        return new DemoData.UseCases(this, this, importDependents, this, this, this);
    }

    @Override
    public Optional<Insurer> loadInsurer(InsurerCode code) {
        return Optional.ofNullable(insurers.get(code));
    }

    DemoData.Ports ports() {
        return new DemoData.Ports(this, this, this, this, this, this);
    }

    @Override
    public SetUpInsurerResult setUpInsurer(SetUpInsurerCommand c) {
        try {
            InsurerCode code = InsurerCode.parse(c.code());
            Optional<Insurer> existing = Optional.ofNullable(insurers.get(code));
            // Like the real service: only opening a survey year moves an existing insurer to a new year.
            int fiscalYear = existing.map(Insurer::currentFiscalYear).orElse(c.fiscalYear());
            insurers.put(code, new Insurer(code, c.displayName(), EmailAddress.parse(c.senderAddress()), c.contact(),
                    c.credentialPolicy(), fiscalYear));
            return existing.isPresent() ? new SetUpInsurerResult.Updated() : new SetUpInsurerResult.Created();
        } catch (InvalidValueException e) {
            return new SetUpInsurerResult.Invalid(e.code());
        }
    }

    @Override
    public ImportRosterResult importRoster(ImportRosterCommand c) {
        InsurerCode code = InsurerCode.parse(c.insurerCode());
        if (!insurers.containsKey(code)) {
            return new ImportRosterResult.UnknownInsurer(c.insurerCode());
        }
        List<RowProblem> problems = new ArrayList<>();
        List<InsuredMember> parsed = new ArrayList<>();
        List<RosterRow> rows = new ArrayList<>();
        c.rows().forEachRow(rows::add);
        for (RosterRow row : rows) {
            try {
                LocalDate birth = DateInput.parse(row.birthDate()).orElseThrow(() -> new InvalidValueException("member.birthDate.invalid"));
                parsed.add(new InsuredMember(new MemberId(0), code, MemberSymbol.parse(row.symbol()), MemberNumber.parse(row.number()),
                        new PersonName(row.name(), row.nameKana()), birth, EmailAddress.parse(row.email()), row.office(), false));
            } catch (InvalidValueException e) {
                problems.add(new RowProblem(row.lineNumber(), "?", e.code()));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportRosterResult.Rejected(problems);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (InsuredMember incoming : parsed) {
            Optional<InsuredMember> stored = findByCard(code, incoming.symbol(), incoming.number());
            if (stored.isEmpty()) {
                members.add(withId(incoming, new MemberId(++ids)));
                created++;
            } else if (withId(incoming, stored.get().id()).equals(stored.get())) {
                unchanged++;
            } else {
                members.set(members.indexOf(stored.get()), withId(incoming, stored.get().id()));
                updated++;
            }
        }
        return new ImportRosterResult.Imported(created, updated, unchanged);
    }

    private static InsuredMember withId(InsuredMember m, MemberId id) {
        return new InsuredMember(id, m.insurer(), m.symbol(), m.number(), m.name(), m.birthDate(), m.email(), m.office(),
                m.emailSetByMember());
    }

    @Override
    public OpenSurveyYearResult openSurveyYear(OpenSurveyYearCommand c) {
        Insurer insurer = insurers.get(InsurerCode.parse(c.insurerCode()));
        if (insurer == null) {
            return new OpenSurveyYearResult.UnknownInsurer();
        }
        if (c.fiscalYear() < insurer.currentFiscalYear()) {
            return new OpenSurveyYearResult.NotLaterThanCurrent(insurer.currentFiscalYear());
        }
        try {
            surveyYears.put(insurer.code(), new SurveyYear(insurer.code(), c.fiscalYear(), c.title(), c.opensOn(),
                    new SurveyDeadline(c.deadline()), c.referenceDate().orElse(c.opensOn()), c.scope()));
        } catch (InvalidValueException e) {
            return new OpenSurveyYearResult.Invalid(e.code());
        }
        insurers.put(insurer.code(), insurer.withCurrentFiscalYear(c.fiscalYear()));
        return new OpenSurveyYearResult.Opened(c.fiscalYear() > insurer.currentFiscalYear());
    }

    @Override
    public PublishTermsResult publishTerms(PublishTermsCommand c) {
        InsurerCode code = InsurerCode.parse(c.insurerCode());
        int version = currentTerms(code).map(TermsOfUse::version).orElse(0) + 1;
        terms.add(new TermsOfUse(code, version, c.body(), now));
        return new PublishTermsResult.Published(version);
    }

    @Override
    public PostNoticeResult postNotice(PostNoticeCommand c) {
        long id = postNotice(InsurerCode.parse(c.insurerCode()), c.title(), c.body(), c.publishedOn(), c.attachments());
        return new PostNoticeResult.Posted(id);
    }

    @Override
    public Optional<InsuredMember> findByCard(InsurerCode insurer, MemberSymbol symbol, MemberNumber number) {
        return members.stream()
                .filter(m -> m.insurer().equals(insurer) && m.symbol().equals(symbol) && m.number().equals(number))
                .findFirst();
    }

    @Override
    public Optional<InsuredMember> loadMember(MemberId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<InsuredMember> findByEmail(InsurerCode insurer, EmailAddress email) {
        return members.stream().filter(m -> m.insurer().equals(insurer) && m.email().key().equals(email.key())).toList();
    }

    @Override
    public Optional<Account> findByUserId(UserId userId) {
        return accounts.stream().filter(a -> a.userId().key().equals(userId.key())).findFirst();
    }

    @Override
    public Optional<Account> loadAccount(AccountId id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public List<Account> findByMember(MemberId member) {
        return accounts.stream().filter(a -> a.member().equals(member)).toList();
    }

    @Override
    public Account createAccount(MemberId member, InsurerCode insurer, UserId userId, String passwordHash, int fiscalYear,
                                 Instant at) {
        accounts.removeIf(a -> a.member().equals(member) && a.fiscalYear() < fiscalYear);
        if (findByUserId(userId).isPresent()) {
            throw new UserIdTakenException();
        }
        Account account = new Account(new AccountId(++ids), member, insurer, userId, passwordHash, fiscalYear, at, 0);
        accounts.add(account);
        return account;
    }

    @Override
    public void changePassword(AccountId account, String passwordHash) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void recordTermsAcceptance(AccountId account, int termsVersion, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TermsOfUse> currentTerms(InsurerCode insurer) {
        return terms.stream().filter(t -> t.insurer().equals(insurer)).max(Comparator.comparingInt(TermsOfUse::version));
    }

    @Override
    public boolean publishTerms(TermsOfUse published) {
        if (terms.stream().anyMatch(t -> t.insurer().equals(published.insurer()) && t.version() == published.version())) {
            return false;
        }
        return terms.add(published);
    }

    @Override
    public List<Notice> publishedNotices(InsurerCode insurer, LocalDate today) {
        return notices.stream().filter(n -> !n.publishedOn().isAfter(today))
                .sorted(Comparator.comparing(Notice::publishedOn).reversed()).toList();
    }

    @Override
    public long postNotice(InsurerCode insurer, String title, String body, LocalDate publishedOn, List<NewAttachment> files) {
        long id = ++ids;
        List<Notice.NoticeAttachmentInfo> infos = new ArrayList<>();
        for (NewAttachment file : files) {
            long fileId = ++ids;
            attachments.put(fileId, file);
            infos.add(new Notice.NoticeAttachmentInfo(fileId, file.fileName(), file.contentType(), file.content().length));
        }
        notices.add(new Notice(id, title, body, publishedOn, infos));
        return id;
    }

    @Override
    public Optional<AttachmentContent> loadAttachment(InsurerCode insurer, long attachmentId) {
        return Optional.ofNullable(attachments.get(attachmentId))
                .map(a -> new AttachmentContent(a.fileName(), a.contentType(), a.content()));
    }

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean verify(String password, String hash) {
        return hash.equals(hash(password));
    }

    @Override
    public void verifyAgainstDummy(String password) {
    }
}
