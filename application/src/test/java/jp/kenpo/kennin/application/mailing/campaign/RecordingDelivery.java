package jp.kenpo.kennin.application.mailing.campaign;

import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.mailing.MailDeliveryPort;
import jp.kenpo.kennin.application.mailing.OutgoingMail;

/** Keeps every mail handed over and answers what the test sets (delivered unless told otherwise). */
public final class RecordingDelivery implements MailDeliveryPort {
    public final List<OutgoingMail> mails = new ArrayList<>();
    public DeliveryResult answer = new DeliveryResult.Delivered();
    public int sessionsOpen;

    @Override
    public DeliverySession open() {
        sessionsOpen++;
        return new DeliverySession() {
            @Override
            public DeliveryResult deliver(OutgoingMail mail) {
                mails.add(mail);
                return answer;
            }

            @Override
            public void close() {
                sessionsOpen--;
            }
        };
    }
}
