package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
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
    private final StoreDependentsPort dependents;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportDependentsService(LoadInsurerPort insurers, StoreDependentsPort dependents, Transactions transactions,
                                   RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
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
        LocalDate today = TokyoCalendar.today(clock);
        ImportRosterResult result = transactions.inTransaction(() -> {
            try (DependentsStage stage = dependents.stageDependents(code.get())) {
                ProblemList problems = stageAll(command.rows(), today, stage);
                if (!problems.isEmpty()) {
                    return problems.rejected();
                }
                RosterCounts counts = stage.merge();
                return new ImportRosterResult.Imported(counts.created(), counts.updated(), counts.unchanged());
            }
        });
        if (result instanceof ImportRosterResult.Imported imported) {
            audit.anonymous(AuditAction.DEPENDENTS_IMPORTED, code.get().value(), ClientAddress.local(),
                    "created=" + imported.created() + " updated=" + imported.updated() + " unchanged=" + imported.unchanged());
        }
        return result;
    }

    /**
     * Validates every row as it is read and stages the valid ones; then the stage names the rows
     * whose member the insurer does not have and the repeated 記号・番号・被扶養者番号. Returns every
     * problem of the file. The members are found in the same transaction as the merge, so a row's
     * member is the one found when it was checked.
     */
    static ProblemList stageAll(RosterRows<DependentRosterRow> rows, LocalDate today, DependentsStage stage) {
        ProblemList problems = new ProblemList();
        rows.forEachRow(row -> validate(row, today, problems).ifPresent(entry -> stage.add(row.lineNumber(), entry)));
        problems.addLines(stage.unknownMembers(ProblemList.LISTED), RowFields.NUMBER, "dependent.member.unknown");
        problems.addLines(stage.repeatedKeys(ProblemList.LISTED), DEPENDENT_NUMBER, "dependent.duplicate");
        return problems;
    }

    /** The row as an entry, or empty after adding every problem it has. */
    private static Optional<DependentRosterEntry> validate(DependentRosterRow row, LocalDate today, ProblemList problems) {
        RowFields fields = new RowFields(row.lineNumber(), problems);
        fields.refuseControlCharacters(RowFields.SYMBOL, row.symbol(), RowFields.NUMBER, row.number(), DEPENDENT_NUMBER,
                row.dependentNumber(), RowFields.NAME, row.name(), RowFields.KANA, row.nameKana(), RowFields.BIRTH_DATE,
                row.birthDate(), RELATIONSHIP, row.relationship(), SEX, row.sex(), COHABITATION, row.cohabitation(),
                CERTIFIED_ON, row.certifiedOn());
        Optional<MemberSymbol> symbol = fields.field(RowFields.SYMBOL, () -> MemberSymbol.parse(row.symbol()));
        Optional<MemberNumber> number = fields.field(RowFields.NUMBER, () -> MemberNumber.parse(row.number()));
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
        return Optional.of(new DependentRosterEntry(symbol.get(), number.get(), dependentNumber.get(), name.get(), birthDate.get(),
                relationship.get(), sex.get(), cohabitation.get(), certifiedOn.get()));
    }
}
