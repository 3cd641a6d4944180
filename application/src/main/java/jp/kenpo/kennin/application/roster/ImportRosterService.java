package jp.kenpo.kennin.application.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
import jp.kenpo.kennin.domain.text.DateInput;

public final class ImportRosterService implements ImportRosterUseCase {
    // Problems name the column as the roster file's header does, so staff find it in their spreadsheet.
    private static final String SYMBOL = "記号";
    private static final String NUMBER = "番号";
    private static final String NAME = "氏名";
    private static final String KANA = "氏名カナ";
    private static final String BIRTH_DATE = "生年月日";
    private static final String EMAIL = "メールアドレス";
    /** Nobody in a roster was born before this; an earlier date is a typing error. */
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    // PersonName checks the written name and the kana together and stops at the first bad one;
    // pairing each with a partner known to be valid lets every bad column of a row be reported.
    private static final String VALID_NAME = "x";
    private static final String VALID_KANA = "\u30a2"; // katakana A

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
        List<RowProblem> problems = new ArrayList<>();
        List<RosterEntry> entries = new ArrayList<>();
        Set<String> cards = new HashSet<>();
        for (RosterRow row : command.rows()) {
            validate(row, today, problems).ifPresent(entry -> {
                if (cards.add(entry.symbol().value() + "-" + entry.number().value())) {
                    entries.add(entry);
                } else {
                    problems.add(new RowProblem(row.lineNumber(), NUMBER, "roster.duplicate"));
                }
            });
        }
        if (!problems.isEmpty()) {
            return new ImportRosterResult.Rejected(problems);
        }

        ImportRosterResult result = transactions.inTransaction(() -> {
            if (insurers.loadInsurer(code.get()).isEmpty()) {
                if (command.createInsurerName().isEmpty()) {
                    return new ImportRosterResult.UnknownInsurer(code.get().value());
                }
                saveInsurers.saveInsurer(newInsurer(code.get(), command.createInsurerName().get(), today));
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

    /** The row as an entry, or empty after adding every problem it has. */
    private static Optional<RosterEntry> validate(RosterRow row, LocalDate today, List<RowProblem> problems) {
        int line = row.lineNumber();
        Optional<MemberSymbol> symbol = field(line, SYMBOL, problems, () -> MemberSymbol.parse(row.symbol()));
        Optional<MemberNumber> number = field(line, NUMBER, problems, () -> MemberNumber.parse(row.number()));
        Optional<String> name = field(line, NAME, problems, () -> new PersonName(row.name(), VALID_KANA).written());
        Optional<String> kana = field(line, KANA, problems, () -> new PersonName(VALID_NAME, row.nameKana()).kana());
        Optional<LocalDate> birthDate = field(line, BIRTH_DATE, problems, () -> birthDate(row.birthDate(), today));
        Optional<EmailAddress> email = field(line, EMAIL, problems, () -> EmailAddress.parse(row.email()));
        if (symbol.isEmpty() || number.isEmpty() || name.isEmpty() || kana.isEmpty() || birthDate.isEmpty() || email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RosterEntry(symbol.get(), number.get(), new PersonName(name.get(), kana.get()), birthDate.get(),
                email.get(), row.office()));
    }

    private static <T> Optional<T> field(int line, String column, List<RowProblem> problems, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (InvalidValueException e) {
            problems.add(new RowProblem(line, column, e.code()));
            return Optional.empty();
        }
    }

    private static LocalDate birthDate(String raw, LocalDate today) {
        return DateInput.parse(raw)
                .filter(d -> !d.isBefore(EARLIEST_BIRTH_DATE) && !d.isAfter(today))
                .orElseThrow(() -> new InvalidValueException("member.birthDate.invalid"));
    }

    /**
     * An insurer created by a first import, so that a roster can be loaded before the insurer is
     * set up: a placeholder sender and no contact details until staff set them up, the manual's
     * credential rules and this calendar year as survey year.
     */
    private static Insurer newInsurer(InsurerCode code, String name, LocalDate today) {
        return new Insurer(code, name, new EmailAddress("kennin-" + code.value() + "@localhost.localdomain"),
                InsurerContact.none(), CredentialPolicy.manualDefault(), today.getYear());
    }
}
