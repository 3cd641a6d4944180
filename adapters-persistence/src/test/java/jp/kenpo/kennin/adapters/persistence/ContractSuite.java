package jp.kenpo.kennin.adapters.persistence;

import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** Every contract against one freshly created, Flyway-migrated database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContractSuite implements MigrationContract, InsurerContract, NoticeContract, MemberContract, DependentContract,
        SurveyResponseContract, SurveyDocumentContract, SurveySubmissionContract, AccountContract, PendingVerificationContract,
        FailureCounterContract, AuditLogContract, TransactionContract, SignupLimitContract, StaffContract, HelpDeskContract,
        InsurerSetupContract, ResultsContract, ReviewContract, ProgressContract, CampaignContract, LetterContract, OutboxContract,
        SessionContract /* --- sessions-db --- */,
        RosterStagingContract /* roster */, HeldRosterContract,
        DocumentRetentionContract /* --- objectstore --- */,
        InsurerSettingsCacheContract /* --- perf --- */ {
    private final AtomicInteger insurers = new AtomicInteger();
    private String url;
    private Database database;
    private CloseableDSLContext sql;

    /** Creates an empty database for this suite alone; returns its JDBC URL. */
    abstract String createDatabase() throws Exception;

    abstract void dropDatabase() throws Exception;

    abstract String user();

    @BeforeAll
    void connect() throws Exception {
        url = createDatabase();
        database = Database.connect(url, user(), "");
        sql = DSL.using(url, user(), "");
    }

    @AfterAll
    void disconnect() throws Exception {
        if (sql != null) {
            sql.close();
        }
        if (database != null) {
            database.close();
        }
        if (url != null) {
            dropDatabase();
        }
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public DSLContext sql() {
        return sql;
    }

    @Override
    public InsurerCode newInsurer() {
        InsurerCode code = new InsurerCode("kenpo" + insurers.incrementAndGet());
        database.insurers().saveInsurer(Fixtures.insurer(code));
        return code;
    }
}
