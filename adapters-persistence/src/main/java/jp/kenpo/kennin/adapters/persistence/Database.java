package jp.kenpo.kennin.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import jp.kenpo.kennin.adapters.persistence.account.AccountRepository;
import jp.kenpo.kennin.adapters.persistence.audit.AuditLog;
import jp.kenpo.kennin.adapters.persistence.dependent.DependentRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyDocumentRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyResponseRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveySubmissionRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.InsurerRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.NoticeRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.SurveyYearRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.TermsRepository;
import jp.kenpo.kennin.adapters.persistence.member.MemberRepository;
import jp.kenpo.kennin.adapters.persistence.security.FailureCounter;
import jp.kenpo.kennin.adapters.persistence.registration.SignupLimitRepository;
import jp.kenpo.kennin.adapters.persistence.verification.PendingVerificationRepository;
import jp.kenpo.kennin.application.transaction.Transactions;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The database behind every out-port: a connection pool, the schema migrated by Flyway on
 * connect, and one repository per capability. All repositories share one {@link DSLContext}
 * whose {@link ThreadLocalTransactionProvider} binds a transaction to the calling thread, so
 * whatever runs inside {@link #transactions()} commits or rolls back together, whichever
 * repositories it goes through.
 */
public final class Database implements AutoCloseable {
    private static final int POOL_SIZE = 10;

    private final HikariDataSource dataSource;
    private final Transactions transactions;
    private final InsurerRepository insurers;
    private final SurveyYearRepository surveyYears;
    private final TermsRepository terms;
    private final NoticeRepository notices;
    private final MemberRepository members;
    private final DependentRepository dependents;
    private final SurveyResponseRepository surveyResponses;
    private final SurveyDocumentRepository surveyDocuments;
    private final SurveySubmissionRepository surveySubmissions;
    private final AccountRepository accounts;
    private final PendingVerificationRepository pendingVerifications;
    private final SignupLimitRepository signupLimits;
    private final FailureCounter failureCounter;
    private final AuditLog auditLog;

    private Database(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        DSLContext dsl = new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)))
                .dsl();
        this.transactions = new JooqTransactions(dsl);
        this.insurers = new InsurerRepository(dsl);
        this.surveyYears = new SurveyYearRepository(dsl);
        this.terms = new TermsRepository(dsl);
        this.notices = new NoticeRepository(dsl);
        this.members = new MemberRepository(dsl);
        this.dependents = new DependentRepository(dsl);
        this.surveyResponses = new SurveyResponseRepository(dsl);
        this.surveyDocuments = new SurveyDocumentRepository(dsl);
        this.surveySubmissions = new SurveySubmissionRepository(dsl);
        this.accounts = new AccountRepository(dsl);
        this.pendingVerifications = new PendingVerificationRepository(dsl);
        this.signupLimits = new SignupLimitRepository(dsl);
        this.failureCounter = new FailureCounter(dsl);
        this.auditLog = new AuditLog(dsl);
    }

    /**
     * Opens a pool on an H2 ({@code jdbc:h2:}) or PostgreSQL ({@code jdbc:postgresql:}) database
     * and brings its schema up to date.
     */
    public static Database connect(String jdbcUrl, String user, String password) {
        SQLDialect dialect = dialectOf(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setPoolName("kennin");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).load().migrate();
            return new Database(dataSource, dialect);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The embedded database kept in {@code dataDirectory}. PostgreSQL mode and lower-case names
     * make H2 accept the same migrations and generated SQL as production. AUTO_SERVER lets staff
     * run {@code import-roster} while the server is up: the second process does not open the file
     * but connects (from this machine only) to the process that has it open.
     */
    public static String h2FileUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("kennin")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    }

    private static SQLDialect dialectOf(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("only H2 and PostgreSQL are supported: " + jdbcUrl);
    }

    public Transactions transactions() {
        return transactions;
    }

    /** {@code LoadInsurerPort} and {@code SaveInsurerPort}. */
    public InsurerRepository insurers() {
        return insurers;
    }

    public SurveyYearRepository surveyYears() {
        return surveyYears;
    }

    public TermsRepository terms() {
        return terms;
    }

    public NoticeRepository notices() {
        return notices;
    }

    /** {@code LoadMemberPort}, {@code UpdateMemberEmailPort} and {@code StoreRosterPort}. */
    public MemberRepository members() {
        return members;
    }

    /** {@code StoreDependentsPort} and {@code LoadDependentsPort}. */
    public DependentRepository dependents() {
        return dependents;
    }

    /** {@code SurveyResponsePort}: answers per dependent and year, and members' own incomes. */
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    /** {@code SurveyDocumentPort}: which uploaded file answers which requirement of whose survey. */
    public SurveyDocumentRepository surveyDocuments() {
        return surveyDocuments;
    }

    /** {@code SurveySubmissionPort}: submissions with their receipt numbers, and members' deadline extensions. */
    public SurveySubmissionRepository surveySubmissions() {
        return surveySubmissions;
    }

    /** {@code LoadAccountPort} and {@code SaveAccountPort}. */
    public AccountRepository accounts() {
        return accounts;
    }

    public PendingVerificationRepository pendingVerifications() {
        return pendingVerifications;
    }

    public SignupLimitRepository signupLimits() {
        return signupLimits;
    }

    public FailureCounter failureCounter() {
        return failureCounter;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
