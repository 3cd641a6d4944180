package jp.kenpo.kennin.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdCommand;
import jp.kenpo.kennin.application.account.RemindUserIdUseCase.RemindUserIdResult;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetCommand;
import jp.kenpo.kennin.application.account.RequestPasswordResetUseCase.RequestPasswordResetResult;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Forgotten password and forgotten user ID must take as long for an unknown person as for a
 * member: the answer is given before anything is looked up or mailed, so the request does the same
 * work either way and the mail goes out after it.
 */
class ForgottenCredentialsAnswerBeforeAnyMailTest {
    private static final ClientAddress FROM = new ClientAddress("203.0.113.9");
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;
    private final ExecutorService mailThread = Executors.newSingleThreadExecutor();

    {
        system.register(omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
    }

    @AfterEach
    void stopMailThread() {
        mailThread.shutdownNow();
    }

    @Test
    void forgottenPasswordAnswersAlikeAndMailsOnlyAfterTheAnswer() {
        int mailsBefore = system.mailer.sent().size();
        system.afterAnswer.hold();

        RequestPasswordResetResult known = system.requestPasswordReset.requestPasswordReset(
                new RequestPasswordResetCommand(Omron.TARO_USER_ID, Omron.TARO_EMAIL, FROM));
        RequestPasswordResetResult unknown = system.requestPasswordReset.requestPasswordReset(
                new RequestPasswordResetCommand("hanako.nobody", "hanako@example.jp", FROM));

        assertThat(known).isEqualTo(unknown).isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(system.mailer.sent()).as("nothing mailed while answering").hasSize(mailsBefore);
        assertThat(system.pending.all()).as("nothing looked up or stored while answering").isEmpty();
        assertThat(system.afterAnswer.submitted()).isEqualTo(2);

        system.afterAnswer.release();
        assertThat(system.mailer.sent()).hasSize(mailsBefore + 1);
        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.PASSWORD_RESET_LINK);
        assertThat(system.mailer.last().to().value()).isEqualTo(Omron.TARO_EMAIL);
    }

    @Test
    void forgottenUserIdAnswersAlikeAndMailsOnlyAfterTheAnswer() {
        int mailsBefore = system.mailer.sent().size();
        system.afterAnswer.hold();

        RemindUserIdResult known = system.remindUserId.remindUserId(new RemindUserIdCommand("omron", Omron.TARO_EMAIL, FROM));
        RemindUserIdResult unknown = system.remindUserId.remindUserId(new RemindUserIdCommand("omron", "hanako@example.jp", FROM));

        assertThat(known).isEqualTo(unknown).isEqualTo(new RemindUserIdResult.Accepted());
        assertThat(system.mailer.sent()).hasSize(mailsBefore);

        system.afterAnswer.release();
        assertThat(system.mailer.sent()).hasSize(mailsBefore + 1);
        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.USER_ID_REMINDER);
    }

    @Test
    void aMailServerThatHangsDoesNotHoldTheAnswer() throws InterruptedException {
        CountDownLatch serverAnswers = new CountDownLatch(1);
        CountDownLatch mailed = new CountDownLatch(1);
        SendMailPort hangingServer = mail -> {
            awaitQuietly(serverAnswers);
            mailed.countDown();
        };
        RequestPasswordResetService service = new RequestPasswordResetService(system.accounts, system.members, system.insurers,
                system.pending, system.secrets, system.digest, hangingServer, system.failures, system.audit, system.clock,
                system.settings, mailThread::execute);

        RequestPasswordResetResult answer = service.requestPasswordReset(
                new RequestPasswordResetCommand(Omron.TARO_USER_ID, Omron.TARO_EMAIL, FROM));

        assertThat(answer).as("answered while the mail server still hangs").isEqualTo(new RequestPasswordResetResult.Accepted());
        assertThat(mailed.getCount()).isEqualTo(1);
        serverAnswers.countDown();
        assertThat(mailed.await(10, TimeUnit.SECONDS)).as("the mail still goes out").isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
