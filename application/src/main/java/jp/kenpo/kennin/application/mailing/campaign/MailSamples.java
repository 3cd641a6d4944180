package jp.kenpo.kennin.application.mailing.campaign;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.mailing.CampaignMailComposer;
import jp.kenpo.kennin.application.mailing.CampaignRecipient;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.mailing.CampaignMailText;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/**
 * What the preview and the test mail share: the text (typed or stored), the member among the
 * insurer's own, both checked, and the composer that fills the text as the worker will.
 */
public final class MailSamples {
    private final LoadInsurerPort insurers;
    private final MailTemplatePort templates;
    private final CampaignQueryPort queries;
    private final CampaignMailComposer composer;

    public MailSamples(LoadInsurerPort insurers, MailTemplatePort templates, CampaignQueryPort queries,
                       CampaignMailComposer composer) {
        this.insurers = insurers;
        this.templates = templates;
        this.queries = queries;
        this.composer = composer;
    }

    /** A sample ready to render, or why not. */
    sealed interface Outcome {
        record Ready(Insurer insurer, CampaignMailText text, CampaignRecipient recipient) implements Outcome {
        }

        record Refused(SampleRequest.Refusal reason) implements Outcome {
        }

        record InvalidText(TextRefusal refusal) implements Outcome {
        }
    }

    Outcome prepare(InsurerCode code, SampleRequest request) {
        Insurer insurer = insurer(code);
        CampaignMailText text;
        if (request.typed()) {
            TextRefusal refusal = TextRefusal.check(request.kind(), request.subject(), request.body());
            if (!refusal.fine()) {
                return new Outcome.InvalidText(refusal);
            }
            text = new CampaignMailText(request.kind(), request.subject(), request.body());
        } else {
            text = current(code, request.kind());
        }
        MemberSymbol symbol;
        MemberNumber number;
        try {
            symbol = MemberSymbol.parse(request.symbol());
            number = MemberNumber.parse(request.number());
        } catch (InvalidValueException e) {
            return new Outcome.Refused(SampleRequest.Refusal.CARD_INVALID);
        }
        Optional<CampaignRecipient> recipient = queries.recipientByCard(code, insurer.currentFiscalYear(), symbol, number);
        if (recipient.isEmpty()) {
            return new Outcome.Refused(SampleRequest.Refusal.MEMBER_NOT_FOUND);
        }
        CampaignRecipient to = recipient.get();
        if (to.results().isEmpty() && !request.results().isEmpty()) {
            to = to.withResults(request.results());
        }
        return new Outcome.Ready(insurer, text, to);
    }

    CampaignMailText.Rendered render(Outcome.Ready ready) {
        return composer.render(ready.insurer(), ready.text(), ready.recipient());
    }

    CampaignMailComposer composer() {
        return composer;
    }

    Insurer insurer(InsurerCode code) {
        return insurers.loadInsurer(code).orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
    }

    /** The insurer's text of the kind, or the built-in one. */
    CampaignMailText current(InsurerCode code, CampaignKind kind) {
        return templates.loadTemplate(code, kind).map(MailTemplatePort.StoredTemplate::text)
                .orElseGet(() -> CampaignMailText.standard(kind));
    }
}
