package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.SendMailPort;

/** Keeps every mail instead of sending it; told to, it refuses mails like a server that is down. */
public final class RecordingMailer implements SendMailPort {
    private final List<Mail> sent = new ArrayList<>();
    private boolean refusing;

    @Override
    public synchronized void send(Mail mail) {
        if (refusing) {
            throw new MailNotSentException("refused by the test", null);
        }
        sent.add(mail);
    }

    public synchronized void refuseMail(boolean refuse) {
        this.refusing = refuse;
    }

    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }

    public synchronized Mail last() {
        if (sent.isEmpty()) {
            throw new AssertionError("no mail was sent");
        }
        return sent.get(sent.size() - 1);
    }

    public synchronized List<Mail> to(String address) {
        return sent.stream().filter(m -> m.to().value().equalsIgnoreCase(address)).toList();
    }
}
