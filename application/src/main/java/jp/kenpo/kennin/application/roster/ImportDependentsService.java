package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.RowProblem;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

public final class ImportDependentsService implements ImportDependentsUseCase {
    private static final String DEPENDENT_NUMBER = "被扶養者番号";
    private static final String RELATIONSHIP = "続柄";
    private static final String SEX = "性別";
    private static final String COHABITATION = "同居区分";
    private static final String CERTIFIED_ON = "認定日";

    private final LoadInsurerPort insurers;
    private final LoadMemberPort members;
    private final StoreDependentsPort dependents;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportDependentsService(LoadInsurerPort insurers, LoadMemberPort members, StoreDependentsPort dependents,
                                   Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.members = members;
        this.dependents = dependents;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ImportRosterResult importDependents(ImportDependentsCommand command) {
        Optional<InsurerCode> code = Lenient.read(() -> InsurerCode.parse(command.insurerCode()))
                .filter(c -> insurers.loadInsurer(c).isPresent());
        if (code.isEmpty()) {
            return new ImportRosterResult.UnknownInsurer(command.insurerCode());
        }
        ValidatedRows<DependentEntry> validated = validateAll(code.get(), command.rows());
        if (!validated.problems().isEmpty()) {
            return new ImportRosterResult.Rejected(validated.problems());
        }
        List<DependentEntry> entries = validated.entries();
        RosterCounts counts = transactions.inTransaction(() -> dependents.storeDependents(entries));
        audit.anonymous(AuditAction.DEPENDENTS_IMPORTED, code.get().value(), ClientAddress.local(),
                "created=" + counts.created() + " updated=" + counts.updated() + " unchanged=" + counts.unchanged());
        return new ImportRosterResult.Imported(counts.created(), counts.updated(), counts.unchanged());
    }

    /** Every row as an entry under its member, or every problem of every row. */
    ValidatedRows<DependentEntry> validateAll(InsurerCode insurer, List<DependentRosterRow> rows) {
        LocalDate today = TokyoCalendar.today(clock);
        MemberLookup lookup = new MemberLookup(insurer);
        List<RowProblem> problems = new ArrayList<>();
        List<DependentEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DependentRosterRow row : rows) {
            validate(row, today, lookup, problems).ifPresent(entry -> {
                if (seen.add(entry.member().value() + "-" + entry.number().value())) {
                    entries.add(entry);
                } else {
                    problems.add(new RowProblem(row.lineNumber(), DEPENDENT_NUMBER, "dependent.duplicate"));
                }
            });
        }
        return new ValidatedRows<>(entries, problems);
    }

    /** The row as an entry, or empty after adding every problem it has. */
    private static Optional<DependentEntry> validate(DependentRosterRow row, LocalDate today, MemberLookup lookup,
                                                     List<RowProblem> problems) {
        RowFields fields = new RowFields(row.lineNumber(), problems);
        fields.refuseControlCharacters(RowFields.SYMBOL, row.symbol(), RowFields.NUMBER, row.number(), DEPENDENT_NUMBER,
                row.dependentNumber(), RowFields.NAME, row.name(), RowFields.KANA, row.nameKana(), RowFields.BIRTH_DATE,
                row.birthDate(), RELATIONSHIP, row.relationship(), SEX, row.sex(), COHABITATION, row.cohabitation(),
                CERTIFIED_ON, row.certifiedOn());
        Optional<MemberSymbol> symbol = fields.field(RowFields.SYMBOL, () -> MemberSymbol.parse(row.symbol()));
        Optional<MemberNumber> number = fields.field(RowFields.NUMBER, () -> MemberNumber.parse(row.number()));
        Optional<MemberId> member = Optional.empty();
        if (symbol.isPresent() && number.isPresent()) {
            member = lookup.find(symbol.get(), number.get());
            if (member.isEmpty()) {
                fields.problem(RowFields.NUMBER, "dependent.member.unknown");
            }
        }
        Optional<DependentNumber> dependentNumber = fields.field(DEPENDENT_NUMBER,
                () -> DependentNumber.parse(row.dependentNumber()));
        Optional<PersonName> name = fields.name(row.name(), row.nameKana());
        Optional<LocalDate> birthDate = fields.birthDate(row.birthDate(), today);
        Optional<StatedRelationship> relationship = fields.field(RELATIONSHIP, () -> StatedRelationship.parse(row.relationship()));
        Optional<Sex> sex = fields.field(SEX, () -> Sex.parse(row.sex()));
        Optional<Cohabitation> cohabitation = fields.field(COHABITATION, () -> Cohabitation.parse(row.cohabitation()));
        // 認定日 is optional; when given it lies between the birth and today.
        Optional<Optional<LocalDate>> certifiedOn = row.certifiedOn().isBlank()
                ? Optional.of(Optional.empty())
                : fields.field(CERTIFIED_ON, () -> Optional.of(RowFields.pastDate(row.certifiedOn(),
                        birthDate.orElse(LocalDate.MIN), today, "dependent.certifiedOn.invalid")));
        if (!fields.valid()) {
            return Optional.empty();
        }
        return Optional.of(new DependentEntry(member.get(), dependentNumber.get(), name.get(), birthDate.get(),
                relationship.get(), sex.get(), cohabitation.get(), certifiedOn.get()));
    }

    /** Each member card is looked up once, however many dependents a file lists under it. */
    private final class MemberLookup {
        private final InsurerCode insurer;
        private final Map<String, Optional<MemberId>> found = new HashMap<>();

        MemberLookup(InsurerCode insurer) {
            this.insurer = insurer;
        }

        Optional<MemberId> find(MemberSymbol symbol, MemberNumber number) {
            return found.computeIfAbsent(symbol.value() + "-" + number.value(),
                    key -> members.findByCard(insurer, symbol, number).map(InsuredMember::id));
        }
    }
}
