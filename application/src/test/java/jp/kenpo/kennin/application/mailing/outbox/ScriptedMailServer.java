package jp.kenpo.kennin.application.mailing.outbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;

/** A mail server whose answer per mail the test chooses; keeps what it accepted and how many sessions it opened. */
final class ScriptedMailServer implements MailDeliveryPort {
    final List<OutgoingMail> accepted = new ArrayList<>();
    final List<OutgoingMail> tried = new ArrayList<>();
    final Map<String, DeliveryResult> answers = new HashMap<>();
    Function<OutgoingMail, DeliveryResult> otherwise = mail -> new DeliveryResult.Delivered();
    int sessions;
    int openSessions;

    @Override
    public DeliverySession open() {
        sessions++;
        openSessions++;
        return new DeliverySession() {
            @Override
            public DeliveryResult deliver(OutgoingMail mail) {
                tried.add(mail);
                DeliveryResult answer = answers.getOrDefault(mail.to().value(), otherwise.apply(mail));
                if (answer instanceof DeliveryResult.Delivered) {
                    accepted.add(mail);
                }
                return answer;
            }

            @Override
            public void close() {
                openSessions--;
            }
        };
    }
}
