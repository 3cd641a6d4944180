package jp.kenpo.kennin.bootstrap.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The back office's end-to-end tests over HTTP: the production wiring on a fresh data directory, GreenMail, and staff to enrol. */
abstract class BackOfficeEndToEnd {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    OnboardingSystem system;
    BackOfficeStaff staff;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        staff = new BackOfficeStaff(system);
    }

    @AfterEach
    void stop() {
        system.close();
    }
}
