package jp.kenpo.kennin.application.staff;

import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mail.BestEffortMail;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.mail.SendMailPort;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffMember;

/**
 * The mail that carries a staff member's enrolment link, from their insurer's sender, or from the
 * installation's for an operator: the step that creating staff and reissuing a link share.
 */
final class StaffEnrolmentMail {
    private final SendMailPort mail;
    private final LoadInsurerPort insurers;
    private final StaffMailSender installation;

    StaffEnrolmentMail(SendMailPort mail, LoadInsurerPort insurers, StaffMailSender installation) {
        this.mail = mail;
        this.insurers = insurers;
        this.installation = installation;
    }

    /** Mails {@code link} to {@code member}. False when there is no address, no insurer or the server refused. */
    boolean send(StaffMember member, StaffEnrolmentLinks.Link link) {
        if (member.email().isEmpty()) {
            return false;
        }
        Optional<Insurer> sender = member.insurer().flatMap(insurers::loadInsurer);
        if (member.insurer().isPresent() && sender.isEmpty()) {
            return false;
        }
        String senderName = sender.map(Insurer::displayName).orElse(installation.name());
        Map<String, String> params = Map.of("link", link.url(), "expiresAt", StaffEnrolmentLinks.shown(link.expiresAt()),
                "loginName", member.login().value(), "displayName", member.displayName(), "insurerName", senderName);
        return BestEffortMail.send(mail, new Mail(sender.map(Insurer::senderAddress).orElse(installation.address()), senderName,
                member.email().get(), MailTemplate.STAFF_ENROLMENT, params));
    }
}
