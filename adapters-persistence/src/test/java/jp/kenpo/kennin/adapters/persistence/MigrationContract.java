package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

interface MigrationContract extends PersistenceContract {
    @Test
    default void everyMigrationRanAndCreatedTheSchema() {
        assertThat(sql().fetch("select version, success from flyway_schema_history where version is not null"))
                .isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.get("success", Boolean.class)).isTrue());
        assertThat(sql().fetchValues("select table_name from information_schema.tables where table_schema = 'public'"))
                .extracting(String::valueOf)
                .contains("insurer", "member", "account", "terms_of_use", "notice", "notice_attachment", "survey_year",
                        "pending_verification", "auth_failure", "audit_log", "dependent", "survey_scope_dependent", "survey_response", "member_survey",
                        "survey_document", "survey_submission", "survey_submission_dependent", "deadline_extension",
                        "staff", "staff_enrolment", "staff_recovery_code");
    }
}
