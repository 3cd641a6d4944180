package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.OnboardingSettings;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.registration.SignupLimits;
import jp.kenpo.kennin.application.security.LoginFailureKeys;
import jp.kenpo.kennin.application.security.Throttling;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.throttle.ThrottleDecision;
import jp.kenpo.kennin.domain.verification.VerificationPurpose;

public final class ShowMemberCaseService implements ShowMemberCaseUseCase {
    private final HelpDeskPorts ports;
    private final OnboardingSettings settings;
    private final SignupLimits signupLimits;
    private final Throttling throttling;
    private final AuditTrail audit;
    private final Clock clock;

    public ShowMemberCaseService(HelpDeskPorts ports, OnboardingSettings settings, SignupLimits signupLimits,
                                 RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.settings = settings;
        this.signupLimits = signupLimits;
        this.throttling = new Throttling(ports.failures());
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ShowMemberCaseResult showMemberCase(SignedInStaff staff, MemberId id, ClientAddress client) {
        StaffMayNot.check(staff, StaffPermission.LOOK_UP_MEMBERS);
        Optional<InsuredMember> found = StaffScope.member(ports.survey().members(), staff, id);
        Optional<Insurer> insurer = found.flatMap(m -> ports.survey().insurers().loadInsurer(m.insurer()));
        if (insurer.isEmpty()) {
            return new ShowMemberCaseResult.NotFound();
        }
        InsuredMember member = found.get();
        Instant now = clock.instant();
        List<Account> accounts = ports.survey().accounts().findByMember(member.id());
        Optional<Account> current = accounts.stream().filter(a -> a.isCurrentFor(insurer.get())).findFirst();
        Optional<SurveyYear> year = ports.survey().surveyYears().loadSurveyYear(member.insurer(),
                insurer.get().currentFiscalYear());
        MemberCase memberCase = new MemberCase(member, registration(member, accounts, current, now), loginLock(current, now),
                new SignupLock(ports.signupLimits().load(member.id()).codeTries(), signupLimits.maxCodeTries()),
                ports.mails().mailsTo(member.id(), RECENT), year.map(y -> survey(member, y)),
                ports.callNotes().callNotesOf(member.insurer(), member.id(), RECENT),
                year.map(y -> ports.proxyEntries().proxyEntriesOf(member.insurer(), y.fiscalYear(), member.id()))
                        .orElse(List.of()));
        audit.staffOnMember(AuditAction.MEMBER_CASE_VIEWED, staff, member, client, "");
        return new ShowMemberCaseResult.Shown(memberCase);
    }

    private Registration registration(InsuredMember member, List<Account> accounts, Optional<Account> current, Instant now) {
        if (current.isPresent()) {
            return new Registration.Registered(current.get().fiscalYear(), current.get().userId(), current.get().createdAt());
        }
        Optional<Registration> pending = ports.pending().loadPending(VerificationPurpose.REGISTRATION,
                        Long.toString(member.id().value()))
                .map(p -> new Registration.CodePending(p.challenge().expiresAt(), !now.isBefore(p.challenge().expiresAt())));
        if (pending.isPresent()) {
            return pending.get();
        }
        return accounts.stream().findFirst()
                .<Registration>map(a -> new Registration.Retired(a.fiscalYear(), a.userId()))
                .orElseGet(Registration.NotRegistered::new);
    }

    private LoginLock loginLock(Optional<Account> current, Instant now) {
        if (current.isEmpty()) {
            return new LoginLock(0, Optional.empty());
        }
        String key = LoginFailureKeys.account(current.get().id());
        int failures = ports.failures().tally(key, settings.loginPerAccount().windowStart(now)).count();
        ThrottleDecision decision = throttling.decide(now, List.of(new Throttling.Limit(key, settings.loginPerAccount())));
        Optional<Instant> until = decision instanceof ThrottleDecision.Locked locked ? Optional.of(locked.until())
                : Optional.empty();
        return new LoginLock(failures, until);
    }

    private static Map<Question, String> answers(Optional<SurveyResponse> response, Optional<YenAmount> memberIncome) {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        response.ifPresent(r -> {
            for (Question q : Question.values()) {
                r.answers().raw(q).ifPresent(value -> answers.put(q, value));
            }
        });
        memberIncome.ifPresent(income -> answers.put(Question.MEMBER_INCOME, Long.toString(income.yen())));
        return answers;
    }

    private SurveyCase survey(InsuredMember member, SurveyYear year) {
        List<Dependent> all = ports.survey().dependents().dependentsOf(member.id());
        List<DependentId> inScope = all.stream().filter(d -> year.scope().includes(d, year.referenceDate()))
                .map(Dependent::id).toList();
        Map<DependentId, SurveyResponse> responses = ports.survey().responses()
                .responsesOf(year.insurer(), year.fiscalYear(), inScope).stream()
                .collect(Collectors.toMap(SurveyResponse::dependent, Function.identity()));
        Map<DependentId, List<SurveyDocument>> documents = ports.survey().documents()
                .documentsOf(year.insurer(), year.fiscalYear(), inScope)
                .stream().collect(Collectors.groupingBy(SurveyDocument::dependent));
        Optional<YenAmount> memberIncome = ports.survey().responses().memberIncome(member.id(), year.fiscalYear());
        List<DependentCase> dependents = all.stream().map(d -> {
            if (!inScope.contains(d.id())) {
                return new DependentCase(d, Optional.empty(), Optional.empty(), List.of(), Map.of());
            }
            Optional<SurveyResponse> response = Optional.ofNullable(responses.get(d.id()));
            return new DependentCase(d, Optional.of(response.map(SurveyResponse::status).orElse(SurveyStatus.NOT_STARTED)),
                    response.flatMap(SurveyResponse::returnReason), documents.getOrDefault(d.id(), List.of()),
                    answers(response, memberIncome));
        }).toList();
        return new SurveyCase(year, ports.survey().submissions().deadlineExtension(year.insurer(), year.fiscalYear(),
                member.id()), dependents, ports.history().submissionsOf(year.insurer(), year.fiscalYear(), member.id()));
    }
}
