package jp.kenpo.kennin.bootstrap.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.adapters.cli.ConsoleMessages;

/**
 * What someone trying the demo needs: the ready account, and a member without one to go
 * through 初回認証 with (the card and identity fields as the sign-up form asks for them).
 */
public record DemoGuide(String insurerCode, String userId, String password, RosterRow signUpMember, LocalDate deadline) {

    /** @param outboxDir where the mail adapter writes the code mails as {@code .eml} files */
    public void print(PrintStream out, ConsoleMessages messages, URI baseUrl, Path outboxDir) {
        out.println();
        out.println(messages.bilingual("demo.title"));
        out.println(messages.bilingual("demo.open", baseUrl));
        out.println(messages.bilingual("demo.login", userId, password));
        out.println(messages.bilingual("demo.signUp", insurerCode, signUpMember.symbol(), signUpMember.number(),
                signUpMember.birthDate(), signUpMember.nameKana()));
        out.println(messages.bilingual("demo.mail", outboxDir.toAbsolutePath().normalize()));
        out.println(messages.bilingual("demo.deadline", deadline.format(DemoRoster.DATE)));
        out.println();
    }
}
