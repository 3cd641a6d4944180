package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.SURVEY_DOCUMENT;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import jp.kenpo.kennin.adapters.persistence.account.AccountRepository;
import jp.kenpo.kennin.adapters.persistence.audit.AuditLog;
import jp.kenpo.kennin.adapters.persistence.cache.CacheInvalidation;
import jp.kenpo.kennin.adapters.persistence.cache.InsurerSettingsCache;
import jp.kenpo.kennin.adapters.persistence.cache.StatementCounter;
import jp.kenpo.kennin.adapters.persistence.dependent.DependentRepository;
import jp.kenpo.kennin.adapters.persistence.helpdesk.AuditLogSearch;
import jp.kenpo.kennin.adapters.persistence.results.ResultRepository;
import jp.kenpo.kennin.adapters.persistence.helpdesk.HelpDeskRepository;
import jp.kenpo.kennin.adapters.persistence.helpdesk.MailLogRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyDocumentRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyResponseRepository;
import jp.kenpo.kennin.adapters.persistence.survey.SurveySubmissionRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.InsurerRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.NoticeRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.StaffNoticeRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.SurveyYearRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.TermsRepository;
import jp.kenpo.kennin.adapters.persistence.member.MemberRepository;
import jp.kenpo.kennin.adapters.persistence.roster.HeldRosterRepository;
import jp.kenpo.kennin.adapters.persistence.progress.ProgressRepository;
import jp.kenpo.kennin.adapters.persistence.security.FailureCounter;
import jp.kenpo.kennin.adapters.persistence.registration.SignupLimitRepository;
import jp.kenpo.kennin.adapters.persistence.staff.StaffRepository;
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
    /** The embedded database's only user; its password is the installation's own (see {@link #connectEmbedded}). */
    public static final String EMBEDDED_USER = "sa";
    /** H2's "Wrong user name or password". */
    private static final int H2_WRONG_PASSWORD = 28000;

    static {
        // AUTO_SERVER's TCP server listens on every interface unless H2 is told otherwise, and H2
        // reads this once, when its classes load: set it before any H2 class is touched. Only
        // this machine's processes (import-roster and the other commands) need to reach it.
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    // --- perf ---
    private final StatementCounter statementCounter = new StatementCounter();
    private final CacheInvalidation cacheInvalidation = new CacheInvalidation(InsurerSettingsCache.TABLES);
    // --- end perf ---
    private final Transactions transactions;
    private final InsurerRepository insurers;
    private final SurveyYearRepository surveyYears;
    private final TermsRepository terms;
    private final StaffNoticeRepository staffNotices;
    private final NoticeRepository notices;
    private final MemberRepository members;
    private final HeldRosterRepository heldRosters;
    private final DependentRepository dependents;
    private final SurveyResponseRepository surveyResponses;
    private final SurveyDocumentRepository surveyDocuments;
    private final SurveySubmissionRepository surveySubmissions;
    private final AccountRepository accounts;
    private final PendingVerificationRepository pendingVerifications;
    private final SignupLimitRepository signupLimits;
    private final FailureCounter failureCounter;
    private final AuditLog auditLog;
    // --- identity ---
    private final StaffRepository staff;
    // --- helpdesk ---
    private final MailLogRepository mailLog;
    private final HelpDeskRepository helpDesk;
    private final AuditLogSearch auditLogSearch;
    // --- results ---
    private final ResultRepository results;
    // --- progress ---
    private final ProgressRepository progress;
    // --- sessions-db ---
    private final jp.kenpo.kennin.adapters.persistence.session.SessionRepository sessions;
    // --- end sessions-db ---

    private Database(HikariDataSource dataSource, SQLDialect dialect) {
        this.dataSource = dataSource;
        DSLContext dsl = new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)))
                // --- perf --- counted for the statements-per-page tests; writes to cached tables empty the caches
                .set(new org.jooq.ExecuteListener[] {statementCounter, cacheInvalidation})
                .set(new org.jooq.TransactionListener[] {cacheInvalidation})
                // --- end perf ---
                .dsl();
        statementCounter.attachTo(dsl.configuration());
        cacheInvalidation.attachTo(dsl.configuration());
        this.dsl = dsl;
        this.transactions = new JooqTransactions(dsl, dialect == SQLDialect.H2 && dataSource.getJdbcUrl().startsWith("jdbc:h2:file:"));
        this.insurers = new InsurerRepository(dsl);
        this.surveyYears = new SurveyYearRepository(dsl);
        this.terms = new TermsRepository(dsl);
        this.notices = new NoticeRepository(dsl);
        this.staffNotices = new StaffNoticeRepository(dsl);
        this.members = new MemberRepository(dsl);
        this.heldRosters = new HeldRosterRepository(dsl);
        this.dependents = new DependentRepository(dsl);
        this.surveyResponses = new SurveyResponseRepository(dsl);
        this.surveyDocuments = new SurveyDocumentRepository(dsl);
        this.surveySubmissions = new SurveySubmissionRepository(dsl);
        this.accounts = new AccountRepository(dsl);
        this.pendingVerifications = new PendingVerificationRepository(dsl);
        this.signupLimits = new SignupLimitRepository(dsl);
        this.failureCounter = new FailureCounter(dsl);
        this.auditLog = new AuditLog(dsl);
        this.staff = new StaffRepository(dsl);
        // --- helpdesk ---
        this.mailLog = new MailLogRepository(dsl);
        this.helpDesk = new HelpDeskRepository(dsl);
        this.auditLogSearch = new AuditLogSearch(dsl);
        // --- results ---
        this.results = new ResultRepository(dsl);
        // --- progress ---
        this.progress = new ProgressRepository(dsl);
        // --- sessions-db ---
        this.sessions = new jp.kenpo.kennin.adapters.persistence.session.SessionRepository(dsl);
        // --- end sessions-db ---
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
            Database database = new Database(dataSource, dialect);
            // Rows stored before V12 get the kana search key SQL cannot compute (NFKC).
            database.members.fillKanaKeys();
            return database;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * The embedded database in {@code dataDirectory} as user {@link #EMBEDDED_USER} with the
     * installation's {@code password}. A database made before it had one (user sa, empty
     * password) is given it on the first connection: the old empty password is tried once and
     * replaced, so an upgrade needs no manual step.
     */
    public static Database connectEmbedded(Path dataDirectory, String password) {
        String url = h2FileUrl(dataDirectory);
        try (Connection probe = DriverManager.getConnection(url, EMBEDDED_USER, password)) {
            // the password is already the right one (or the database is new and now has it)
        } catch (SQLException wrong) {
            if (wrong.getErrorCode() != H2_WRONG_PASSWORD || password.isEmpty()) {
                throw new IllegalStateException("cannot open the embedded database " + url, wrong);
            }
            setPasswordOfOldDatabase(url, password, wrong);
        }
        return connect(url, EMBEDDED_USER, password);
    }

    private static void setPasswordOfOldDatabase(String url, String password, SQLException wrong) {
        try (Connection old = DriverManager.getConnection(url, EMBEDDED_USER, "");
             PreparedStatement alter = old.prepareStatement("alter user " + EMBEDDED_USER + " set password ?")) {
            alter.setString(1, password);
            alter.execute();
        } catch (SQLException e) {
            e.addSuppressed(wrong);
            throw new IllegalStateException("the embedded database " + url + " refuses both its password and the empty"
                    + " password of older versions", e);
        }
    }

    /**
     * The embedded database kept in {@code dataDirectory}. PostgreSQL mode and lower-case names
     * make H2 accept the same migrations and generated SQL as production. AUTO_SERVER lets staff
     * run {@code import-roster} while the server is up: the second process does not open the file
     * but connects (from this machine only: see the static block) to the process that has it open.
     * WRITE_DELAY=0: H2 otherwise writes committed transactions to the file up to half a second
     * later, from a background thread, so a killed process lost commits its members had been
     * told about (receipts, uploads); with 0 every commit is written before it returns.
     */
    public static String h2FileUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("kennin")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0";
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

    /** {@code StaffNoticePort}: notices in every state, as the back office keeps them. */
    public StaffNoticeRepository staffNotices() {
        return staffNotices;
    }

    /** {@code LoadMemberPort}, {@code UpdateMemberEmailPort} and {@code StoreRosterPort}. */
    public MemberRepository members() {
        return members;
    }

    /** Previewed roster files waiting for their commit. */
    public HeldRosterRepository heldRosters() {
        return heldRosters;
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

    // --- objectstore ---
    /** {@code ExpiredDocumentsPort}: which survey years' documents the retention job purges, and marking them purged. */
    public jp.kenpo.kennin.adapters.persistence.retention.DocumentRetentionRepository documentRetention() {
        return new jp.kenpo.kennin.adapters.persistence.retention.DocumentRetentionRepository(dsl);
    }
    // --- end objectstore ---

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

    // --- identity ---
    /** {@code StaffPort}: staff accounts, their enrolment links and recovery codes. */
    public StaffRepository staff() {
        return staff;
    }

    // --- helpdesk ---

    /** {@code MailLogPort}: which mails went to which member, and whether they went. */
    public MailLogRepository mailLog() {
        return mailLog;
    }

    /** {@code CallNotePort} and {@code ProxyEntryPort}. */
    public HelpDeskRepository helpDesk() {
        return helpDesk;
    }

    /** {@code SearchAuditLogPort}: the audit screen's reading of the log. */
    public AuditLogSearch auditLogSearch() {
        return auditLogSearch;
    }

    // --- results ---

    /** {@code ResultRowsPort} and {@code ResultSummaryPort}: the result export's rows and the board's summary counts. */
    public ResultRepository results() {
        return results;
    }

    // --- review ---

    /** {@code ReviewDecisionPort}: decisions per dependent, made and approved by conditional writes. */
    public jp.kenpo.kennin.adapters.persistence.review.ReviewDecisionRepository reviewDecisions() {
        return new jp.kenpo.kennin.adapters.persistence.review.ReviewDecisionRepository(dsl);
    }

    /** Claims, refused files, extra document requests and the four-eyes setting. */
    public jp.kenpo.kennin.adapters.persistence.review.ReviewRepository review() {
        return new jp.kenpo.kennin.adapters.persistence.review.ReviewRepository(dsl);
    }

    // --- progress ---

    /** {@code ProgressFactsPort}, {@code StoreProgressPort} and {@code ProgressQueryPort}: the dashboard's read model. */
    public ProgressRepository progress() {
        return progress;
    }

    // --- outbox ---

    /**
     * {@code ClaimOutboxMailsPort}, {@code RecordDeliveryPort}, {@code StartCampaignPort} and
     * {@code QueueResultNoticePort}: the mail outbox, its claims and outcomes, campaign starts.
     */
    public jp.kenpo.kennin.adapters.persistence.mailing.outbox.OutboxRepository outbox() {
        return new jp.kenpo.kennin.adapters.persistence.mailing.outbox.OutboxRepository(dsl);
    }

    /**
     * The ids of every stored document a row refers to, for the start-up check that no kept file
     * is left over from a transaction that never committed.
     */
    public Set<String> referencedDocumentIds() {
        return dsl.select(SURVEY_DOCUMENT.ID).from(SURVEY_DOCUMENT).fetchSet(SURVEY_DOCUMENT.ID);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    // --- campaigns ---

    /** {@code MailTemplatePort}, {@code CampaignPort} and {@code CampaignQueryPort}: the 管理者's campaign mail screens. */
    public jp.kenpo.kennin.adapters.persistence.mailing.campaign.CampaignRepository campaigns() {
        return new jp.kenpo.kennin.adapters.persistence.mailing.campaign.CampaignRepository(dsl);
    }

    // --- letters ---

    /** {@code LetterBatchPort} and {@code LetterMembersPort}: letter batches and the members a selection names. */
    public jp.kenpo.kennin.adapters.persistence.letters.LetterRepository letters() {
        return new jp.kenpo.kennin.adapters.persistence.letters.LetterRepository(dsl);
    }

    // --- jobs ---

    /**
     * The pool itself, for the background job runner (db-scheduler), which keeps its own table
     * ({@code scheduled_tasks}, made by V20) and takes its own connections from the same pool.
     */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }
    // --- sessions-db ---
    /** Member and staff sessions, shared by every node on this database. */
    public jp.kenpo.kennin.adapters.persistence.session.SessionRepository sessions() {
        return sessions;
    }
    // --- end sessions-db ---

    // --- ops ---

    /** {@code SealedSecretsPort}: the stored sealed values, for re-sealing after a key rotation. */
    public jp.kenpo.kennin.adapters.persistence.operations.SealedSecretsRepository sealedSecrets() {
        return new jp.kenpo.kennin.adapters.persistence.operations.SealedSecretsRepository(dsl);
    }

    /** Readiness ping and outbox depth, for the probes and metrics. */
    public jp.kenpo.kennin.adapters.persistence.operations.OperationsProbe operationsProbe() {
        return new jp.kenpo.kennin.adapters.persistence.operations.OperationsProbe(dataSource, dsl);
    }
    // --- end ops ---

    // --- perf ---

    /** Statements run through jOOQ since the database was opened (every thread): what the statements-per-page tests read. */
    public StatementCounter statementCounter() {
        return statementCounter;
    }

    /**
     * A cache of the per-insurer settings every member page reads, emptied by any write this process
     * makes to them and otherwise kept for {@code ttl} (other nodes' writes are seen within it).
     */
    public InsurerSettingsCache insurerSettingsCache(java.time.Duration ttl) {
        return new InsurerSettingsCache(ttl, cacheInvalidation);
    }
    // --- end perf ---
}
