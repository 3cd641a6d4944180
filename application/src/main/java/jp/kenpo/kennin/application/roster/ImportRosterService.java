package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
        ValidatedRows<RosterEntry> validated = validateAll(command.rows(), today);
        if (!validated.problems().isEmpty()) {
            return new ImportRosterResult.Rejected(validated.problems());
        }
        List<RosterEntry> entries = validated.entries();

        ImportRosterResult result = transactions.inTransaction(() -> {
            if (insurers.loadInsurer(code.get()).isEmpty()) {
                if (command.createInsurerName().isEmpty()) {
                    return new ImportRosterResult.UnknownInsurer(code.get().value());
                }
                saveInsurers.saveInsurer(newInsurer(code.get(), command.createInsurerName().get(), command.newInsurerPolicy(), today));
            }
            StoreRosterPort.RosterCounts counts = roster.storeRoster(code.get(), entries);
            return new ImportRosterResult.Imported(counts.created(), counts.updated(), counts.unchanged());
        });
        if (result instanceof ImportRosterResult.Imported imported) {
            audit.anonymous(AuditAction.ROSTER_IMPORTED, code.get().value(), ClientAddress.local(),
                    "created=" + imported.created() + " updated=" + imported.updated() + " unchanged=" + imported.unchanged());
        }
        return result;
    }

    /** Every row as an entry, or every problem of every row (a repeated 記号・番号 is one). */
    static ValidatedRows<RosterEntry> validateAll(List<RosterRow> rows, LocalDate today) {
        List<RowProblem> problems = new ArrayList<>();
        List<RosterEntry> entries = new ArrayList<>();
        Set<String> cards = new HashSet<>();
        for (RosterRow row : rows) {
            validate(row, today, problems).ifPresent(entry -> {
                if (cards.add(entry.symbol().value() + "-" + entry.number().value())) {
                    entries.add(entry);
                } else {
                    problems.add(new RowProblem(row.lineNumber(), RowFields.NUMBER, "roster.duplicate"));
                }
            });
        }
        return new ValidatedRows<>(entries, problems);
    }

    /** The row as an entry, or empty after adding every problem it has. */
    private static Optional<RosterEntry> validate(RosterRow row, LocalDate today, List<RowProblem> problems) {
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
