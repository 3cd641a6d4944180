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
import jp.kenpo.kennin.application.insurer.SaveInsurerPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

public final class ImportRosterService implements ImportRosterUseCase {
    private static final String EMAIL = "メールアドレス";
    private static final String OFFICE = "事業所";

    private final LoadInsurerPort insurers;
    private final SaveInsurerPort saveInsurers;
    private final StoreRosterPort roster;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportRosterService(LoadInsurerPort insurers, SaveInsurerPort saveInsurers, StoreRosterPort roster,
                               Transactions transactions, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.saveInsurers = saveInsurers;
        this.roster = roster;
        this.transactions = transactions;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    /**
     * Reads the file once: each row is validated as it comes and, when valid, staged; the checks
     * that need the whole file (a card twice) run on the stage; only a file without any problem
     * is merged, all in the one transaction.
     *
     * @throws InvalidValueException when an insurer has to be created and {@code createInsurerName}
     *                               is not a valid name (an operator's argument, not roster data)
     */
    @Override
    public ImportRosterResult importRoster(ImportRosterCommand command) {
        Optional<InsurerCode> code = Lenient.read(() -> InsurerCode.parse(command.insurerCode()));
        if (code.isEmpty()) {
            return new ImportRosterResult.UnknownInsurer(command.insurerCode());
        }
        LocalDate today = TokyoCalendar.today(clock);
        ImportRosterResult result = transactions.inTransaction(() -> {
            boolean exists = insurers.loadInsurer(code.get()).isPresent();
            if (!exists && command.createInsurerName().isEmpty()) {
                return new ImportRosterResult.UnknownInsurer(code.get().value());
            }
            try (RosterStage<RosterEntry> stage = roster.stageRoster(code.get())) {
                ProblemList problems = stageAll(command.rows(), today, stage);
                if (!problems.isEmpty()) {
                    return problems.rejected();
                }
                if (!exists) {
                    saveInsurers.saveInsurer(newInsurer(code.get(), command.createInsurerName().get(), command.newInsurerPolicy(),
                            today));
                }
                StoreRosterPort.RosterCounts counts = stage.merge();
                return new ImportRosterResult.Imported(counts.created(), counts.updated(), counts.unchanged());
            }
        });
        if (result instanceof ImportRosterResult.Imported imported) {
            audit.anonymous(AuditAction.ROSTER_IMPORTED, code.get().value(), ClientAddress.local(),
                    "created=" + imported.created() + " updated=" + imported.updated() + " unchanged=" + imported.unchanged());
        }
        return result;
    }

    /**
     * Validates every row as it is read and stages the valid ones (even after a bad one, so that
     * every repeated card is found too); returns every problem of the file.
     */
    static ProblemList stageAll(RosterRows<RosterRow> rows, LocalDate today, RosterStage<RosterEntry> stage) {
        ProblemList problems = new ProblemList();
        rows.forEachRow(row -> validate(row, today, problems).ifPresent(entry -> stage.add(row.lineNumber(), entry)));
        problems.addLines(stage.repeatedKeys(ProblemList.LISTED), RowFields.NUMBER, "roster.duplicate");
        return problems;
    }

    /** The row as an entry, or empty after adding every problem it has. */
    private static Optional<RosterEntry> validate(RosterRow row, LocalDate today, ProblemList problems) {
        RowFields fields = new RowFields(row.lineNumber(), problems);
        fields.refuseControlCharacters(RowFields.SYMBOL, row.symbol(), RowFields.NUMBER, row.number(), RowFields.NAME, row.name(),
                RowFields.KANA, row.nameKana(), RowFields.BIRTH_DATE, row.birthDate(), EMAIL, row.email(), OFFICE, row.office());
        Optional<MemberSymbol> symbol = fields.field(RowFields.SYMBOL, () -> MemberSymbol.parse(row.symbol()));
        Optional<MemberNumber> number = fields.field(RowFields.NUMBER, () -> MemberNumber.parse(row.number()));
        Optional<PersonName> name = fields.name(row.name(), row.nameKana());
        Optional<LocalDate> birthDate = fields.birthDate(row.birthDate(), today);
        Optional<EmailAddress> email = fields.field(EMAIL, () -> EmailAddress.parse(row.email()));
        if (!fields.valid()) {
            return Optional.empty();
        }
        return Optional.of(new RosterEntry(symbol.get(), number.get(), name.get(), birthDate.get(), email.get(), row.office()));
    }

    /**
     * An insurer created by a first import, so that a roster can be loaded before the insurer is
     * set up: a placeholder sender and no contact details until staff set them up, the manual's
     * credential rules the operator chose (the manual's unless told otherwise) and this calendar
     * year as survey year.
     */
    private static Insurer newInsurer(InsurerCode code, String name, CredentialPolicy policy, LocalDate today) {
        return new Insurer(code, name, new EmailAddress("kennin-" + code.value() + "@localhost.localdomain"),
                InsurerContact.none(), policy, today.getYear());
    }
}
