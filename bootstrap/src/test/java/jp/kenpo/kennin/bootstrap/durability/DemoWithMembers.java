package jp.kenpo.kennin.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.crypto.Argon2PasswordHasher;
import jp.kenpo.kennin.adapters.persistence.Database;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.bootstrap.Wiring;
import jp.kenpo.kennin.bootstrap.config.KenninConfig;
import jp.kenpo.kennin.domain.credential.UserId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * What the kill tests prepare before their child server opens the data: the demo insurer and
 * survey, plus members of 本社 each with a son of 20 in the survey's scope, imported through the
 * real wiring in this JVM, which lets go of the data again.
 */
final class DemoWithMembers {
    static final String INSURER = "demo";

    private DemoWithMembers() {
    }

    /**
     * @param name  family name in kanji and kana ({@code "耐久", "タイキュウ"}): members are 〈name〉太郎, sons 〈name〉学
     * @param mail  the local part's prefix of each member's address, followed by the 番号
     */
    static List<RosterRow> seed(Map<String, String> env, String symbol, int firstNumber, int count, String name,
                                String nameKana, String mail) {
        List<RosterRow> members = new ArrayList<>();
        List<DependentRosterRow> sons = new ArrayList<>();
        String twenty = LocalDate.now(Wiring.TOKYO).minusYears(20).format(DateTimeFormatter.ofPattern("uuuu/MM/dd"));
        for (int i = 0; i < count; i++) {
            String number = Integer.toString(firstNumber + i);
            members.add(new RosterRow(i + 2, symbol, number, name + "　太郎", nameKana + " タロウ", "1980/01/01",
                    mail + number + "@example.com", "本社"));
            sons.add(new DependentRosterRow(i + 2, symbol, number, "1", name + "　学", nameKana + " マナブ", twenty, "長男", "男",
                    "別居", ""));
        }
        try (Wiring wiring = Wiring.of(KenninConfig.fromEnvironment(env))) {
            wiring.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(wiring.importRoster(new ImportRosterCommand(INSURER, Optional.empty(), members)))
                    .isInstanceOf(ImportRosterResult.Imported.class);
            assertThat(wiring.importDependents(new ImportDependentsCommand(INSURER, sons)))
                    .isInstanceOf(ImportRosterResult.Imported.class);
        }
        return members;
    }

    /**
     * Gives each member an account for the current survey year, user id {@code <prefix><番号>}, all
     * with one Argon2 hash of {@code password}: what ConfirmRegistrationService stores once the code is
     * right. Signing up over HTTP (a hash, a mail and a code each) is not what these tests are about.
     */
    static void giveAccounts(Map<String, String> env, List<RosterRow> members, String userIdPrefix, String password) {
        KenninConfig config = KenninConfig.fromEnvironment(env);
        String passwordHash;
        try (Argon2PasswordHasher hasher = new Argon2PasswordHasher(1)) {
            passwordHash = hasher.hash(password);
        }
        InsurerCode insurer = InsurerCode.parse(INSURER);
        try (Database db = open(config)) {
            int fiscalYear = db.insurers().loadInsurer(insurer).orElseThrow().currentFiscalYear();
            for (RosterRow row : members) {
                InsuredMember member = db.members().findByCard(insurer, MemberSymbol.parse(row.symbol()),
                        MemberNumber.parse(row.number())).orElseThrow();
                db.accounts().createAccount(member.id(), insurer, UserId.of(userIdPrefix + row.number()), passwordHash,
                        fiscalYear, Instant.now());
            }
        }
    }

    /** The database the child server will use, opened the way the server opens it. */
    static Database open(KenninConfig config) {
        return config.database().url().map(url -> Database.connect(url, config.database().user(), config.database().password()))
                .orElseGet(() -> Database.connectEmbedded(config.dataDir(), config.embeddedDatabasePassword()));
    }
}
