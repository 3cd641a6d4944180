package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server, two sites with different sizes: the back office takes terms of use of 50,000
 * characters and roster files of more than 20 MB, while members' forms keep their small limit.
 */
class BackOfficeSizesTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private OnboardingSystem system;
    private Browser admin;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        BackOfficeStaff staff = new BackOfficeStaff(system);
        BackOfficeStaff.Enrolled operator = staff.operator("ops.size");
        BackOfficeStaff.Enrolled kanri = staff.staff(operator, OnboardingSystem.INSURER, "kanri.size", StaffRole.ADMINISTRATOR);
        admin = system.browser();
        staff.signIn(admin, kanri);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    @Test
    void termsOfFiftyThousandJapaneseCharactersArePublished() {
        char[] body = new char[50_000];
        Arrays.fill(body, '規');
        admin.open("/admin/terms");
        var published = admin.submit("/admin/terms", Map.of("body", new String(body)));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("を公開しました");
    }

    @Test
    void aRosterFileOverTwentyMegabytesReachesThePageWhichJudgesItsContent() {
        byte[] file = new byte[21 * 1024 * 1024];
        Arrays.fill(file, (byte) 'a');
        byte[] header = "記号,番号,氏名\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, file, 0, header.length);
        admin.open("/admin/rosters");
        var answered = admin.upload("/admin/rosters/preview", Map.of("kind", "MEMBERS", "encoding", "UTF-8"), "members.csv",
                "text/csv", file);
        assertThat(answered.statusCode()).isNotEqualTo(413).isLessThan(500);
        assertThat(answered.body()).contains("見出し行に必要な列がありません");
    }

    @Test
    void aMembersFormStaysSmall() {
        Browser member = system.browser();
        member.open("/login");
        var refused = member.post("/login", Map.of("userId", "x".repeat(100_000), "password", "y",
                "_csrf", member.csrfToken().orElseThrow()), Map.of());
        assertThat(refused.statusCode()).isEqualTo(413);
    }
}
