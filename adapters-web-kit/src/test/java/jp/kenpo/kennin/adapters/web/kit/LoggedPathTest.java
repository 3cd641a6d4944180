package jp.kenpo.kennin.adapters.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathTest {
    @Test
    void tokensAndIdsInAnUnmatchedPathAreNotWrittenToTheLog() {
        assertThat(LoggedPath.masked("/admin/enrol/Zk3v9QpL0sXw-7bYtR2uHg")).isEqualTo("/admin/enrol/*");
        assertThat(LoggedPath.masked("/survey/dependents/4711/documents")).isEqualTo("/survey/dependents/*/documents");
        assertThat(LoggedPath.masked("/login")).isEqualTo("/login");
        assertThat(LoggedPath.masked("/")).isEqualTo("/");
    }
}
