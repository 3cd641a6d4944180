package jp.kenpo.kennin.application.insurer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.Lenient;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.notice.Notice;

public final class PostNoticeService implements PostNoticeUseCase {
    private final LoadInsurerPort insurers;
    private final NoticePort notices;
    private final Clock clock;

    public PostNoticeService(LoadInsurerPort insurers, NoticePort notices, Clock clock) {
        this.insurers = insurers;
        this.notices = notices;
        this.clock = clock;
    }

    /** Without a publication date the notice is published today (JST). */
    @Override
    public PostNoticeResult postNotice(PostNoticeCommand command) {
        Optional<Insurer> insurer = Lenient.read(() -> InsurerCode.parse(command.insurerCode())).flatMap(insurers::loadInsurer);
        if (insurer.isEmpty()) {
            return new PostNoticeResult.UnknownInsurer();
        }
        Notice notice;
        try {
            // Built only to apply the domain's rules to title and body; the port gives the stored notice its id.
            notice = new Notice(0, command.title(), command.body(),
                    command.publishedOn() == null ? TokyoCalendar.today(clock) : command.publishedOn(), List.of());
        } catch (InvalidValueException e) {
            return new PostNoticeResult.Invalid(e.code());
        }
        return new PostNoticeResult.Posted(notices.postNotice(insurer.get().code(), notice.title(), notice.body(),
                notice.publishedOn(), command.attachments() == null ? List.of() : command.attachments()));
    }
}
