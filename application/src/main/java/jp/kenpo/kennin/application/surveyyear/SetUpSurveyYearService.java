package jp.kenpo.kennin.application.surveyyear;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearService;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearCommand;
import jp.kenpo.kennin.application.insurer.OpenSurveyYearUseCase.OpenSurveyYearResult;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyScope;

public final class SetUpSurveyYearService implements SetUpSurveyYearUseCase {
    static final String SYMBOL = "記号";
    static final String NUMBER = "番号";
    static final String DEPENDENT_NUMBER = "被扶養者番号";

    private final LoadInsurerPort insurers;
    private final LoadMemberPort members;
    private final LoadDependentsPort dependents;
    private final OpenSurveyYearService opening;
    private final AuditTrail audit;

    public SetUpSurveyYearService(LoadInsurerPort insurers, LoadMemberPort members, LoadDependentsPort dependents,
                                  OpenSurveyYearService opening, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.members = members;
        this.dependents = dependents;
        this.opening = opening;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public SetUpSurveyYearResult setUpSurveyYear(SetUpSurveyYearCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_SURVEY_YEARS);
        Insurer insurer = insurers.loadInsurer(command.actor().insurerCode())
                .orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
        if (command.opensOn() == null) {
            return new SetUpSurveyYearResult.Invalid("survey.opensOn.invalid");
        }
        if (command.deadline() == null) {
            return new SetUpSurveyYearResult.Invalid("survey.deadline.invalid");
        }
        SurveyScope scope;
        try {
            if (command.scope() instanceof ScopeChoice.AgedAtLeast aged) {
                scope = new SurveyScope.AgedAtLeast(aged.age(), aged.certifiedOnOrBefore());
            } else if (command.scope() instanceof ScopeChoice.Listed listed) {
                List<RowProblem> problems = new ArrayList<>();
                Set<DependentId> ids = resolve(insurer, listed.rows(), problems);
                if (!problems.isEmpty()) {
                    audit.staff(AuditAction.SURVEY_SCOPE_LIST_REJECTED, command.actor(), command.client(),
                            "file=" + listed.fileName() + " problems=" + problems.size());
                    return new SetUpSurveyYearResult.ListRejected(problems);
                }
                scope = SurveyScope.listed(ids);
            } else {
                scope = SurveyScope.all();
            }
        } catch (InvalidValueException e) {
            return new SetUpSurveyYearResult.Invalid(e.code());
        }
        OpenSurveyYearResult result = opening.openFor(insurer, new OpenSurveyYearCommand(insurer.code().value(), command.fiscalYear(),
                command.title(), command.opensOn(), command.deadline(), command.referenceDate(), scope));
        if (result instanceof OpenSurveyYearResult.Opened opened) {
            Optional<Integer> listed = scope instanceof SurveyScope.Listed l ? Optional.of(l.ids().size()) : Optional.empty();
            audit.staff(AuditAction.SURVEY_YEAR_OPENED, command.actor(), command.client(),
                    "fiscalYear=" + command.fiscalYear() + " accountsReset=" + opened.accountsReset() + " scope=" + describe(command.scope(), listed));
            return new SetUpSurveyYearResult.Opened(opened.accountsReset(), listed);
        }
        if (result instanceof OpenSurveyYearResult.NotLaterThanCurrent earlier) {
            return new SetUpSurveyYearResult.NotLaterThanCurrent(earlier.currentFiscalYear());
        }
        if (result instanceof OpenSurveyYearResult.Invalid invalid) {
            return new SetUpSurveyYearResult.Invalid(invalid.code());
        }
        throw new IllegalStateException("unexpected " + result);
    }

    private static String describe(ScopeChoice scope, Optional<Integer> listed) {
        if (scope instanceof ScopeChoice.AgedAtLeast aged) {
            return "agedAtLeast:" + aged.age() + aged.certifiedOnOrBefore().map(d -> " certifiedOnOrBefore:" + d).orElse("");
        }
        if (scope instanceof ScopeChoice.Listed list) {
            return "listed:" + listed.orElse(0) + " file=" + list.fileName();
        }
        return "everyone";
    }

    /** The dependents the rows name, adding a problem with its line for every row naming nobody or someone twice. */
    private Set<DependentId> resolve(Insurer insurer, List<ScopeListRow> rows, List<RowProblem> problems) {
        Map<String, Optional<InsuredMember>> cards = new HashMap<>();
        Map<Long, List<Dependent>> families = new HashMap<>();
        Set<DependentId> ids = new LinkedHashSet<>();
        for (ScopeListRow row : rows) {
            Optional<MemberSymbol> symbol = parse(row, SYMBOL, () -> MemberSymbol.parse(row.symbol()), problems);
            Optional<MemberNumber> number = parse(row, NUMBER, () -> MemberNumber.parse(row.number()), problems);
            Optional<DependentNumber> dependentNumber = parse(row, DEPENDENT_NUMBER,
                    () -> DependentNumber.parse(row.dependentNumber()), problems);
            if (symbol.isEmpty() || number.isEmpty() || dependentNumber.isEmpty()) {
                continue;
            }
            Optional<InsuredMember> member = cards.computeIfAbsent(symbol.get().value() + "-" + number.get().value(),
                    key -> members.findByCard(insurer.code(), symbol.get(), number.get()));
            if (member.isEmpty()) {
                problems.add(new RowProblem(row.lineNumber(), NUMBER, "scope.list.member.unknown"));
                continue;
            }
            Optional<Dependent> dependent = families.computeIfAbsent(member.get().id().value(),
                            id -> dependents.dependentsOf(member.get().id())).stream()
                    .filter(d -> d.number().equals(dependentNumber.get())).findFirst();
            if (dependent.isEmpty()) {
                problems.add(new RowProblem(row.lineNumber(), DEPENDENT_NUMBER, "scope.list.dependent.unknown"));
            } else if (!ids.add(dependent.get().id())) {
                problems.add(new RowProblem(row.lineNumber(), DEPENDENT_NUMBER, "scope.list.duplicate"));
            }
        }
        if (rows.isEmpty()) {
            problems.add(new RowProblem(1, DEPENDENT_NUMBER, "survey.scope.listEmpty"));
        }
        return ids;
    }

    private static <T> Optional<T> parse(ScopeListRow row, String column, java.util.function.Supplier<T> parse,
                                         List<RowProblem> problems) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            problems.add(new RowProblem(row.lineNumber(), column, e.code()));
            return Optional.empty();
        }
    }
}
