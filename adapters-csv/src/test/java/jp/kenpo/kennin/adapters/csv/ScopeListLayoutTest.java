package jp.kenpo.kennin.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import jp.kenpo.kennin.application.surveyyear.ScopeListRow;
import org.junit.jupiter.api.Test;

class ScopeListLayoutTest {
    private final RosterCsvReader reader = new RosterCsvReader();

    @Test
    void aPreScreenedListFromExcelIsReadWithItsLinesAndOtherColumnsIgnored() throws Exception {
        String csv = "氏名,記号,番号,被扶養者番号\r\n山田　花子,10,123,1\r\n\r\n,,,\r\n山田　次郎, 10 ,123,２\r\n";

        assertThat(reader.read(csv.getBytes(Charset.forName("Windows-31J")), RosterCsvReader.WINDOWS_31J, RosterLayout.SCOPE_LIST))
                .containsExactly(new ScopeListRow(2, "10", "123", "1"), new ScopeListRow(5, "10", "123", "２"));
    }

    @Test
    void aListWithoutTheDependentNumberColumnIsRefusedAsAWhole() {
        byte[] csv = "記号,番号\n10,123\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(csv, StandardCharsets.UTF_8, RosterLayout.SCOPE_LIST))
                .isInstanceOfSatisfying(RosterFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("roster.error.missingHeaders");
                    assertThat(e.args()).containsExactly("被扶養者番号");
                });
    }
}
