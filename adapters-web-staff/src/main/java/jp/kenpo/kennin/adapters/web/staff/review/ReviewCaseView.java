package jp.kenpo.kennin.adapters.web.staff.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.ReviewCase;
import jp.kenpo.kennin.application.review.ReviewedDependent;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.Reason;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.DecisionState;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.review.ReviewTexts;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/**
 * The review screen's texts, worked out here so the template only prints (and escapes) them.
 * Answers are labelled as on the member's form ({@code survey.question.*}), the engine's findings
 * with the texts the rules library ships, the review's codes (削除理由, why a file was refused) with
 * the texts the review's domain ships ({@link ReviewTexts}), shared with the member site and mail.
 */
public record ReviewCaseView(long memberId, String name, String kana, String card, String office, String year,
                             String memberIncome, String claim, boolean claimedByMe, boolean claimedByOther,
                             String fourEyes, List<DependentPanel> dependents, List<Choice> removalReasons,
                             List<Choice> rejectionReasons, List<Choice> documentKinds) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    public record Choice(String value, String label) {
    }

    public record Answer(String question, String value) {
    }

    /**
     * @param pages        the page numbers to show as images (empty when it cannot be displayed)
     * @param cannotShow   why no image can be made, or empty
     * @param rejection    "reason (by, when)" once rejected, or empty
     */
    public record FileView(String id, String kind, String fileName, String uploadedAt, List<Integer> pages,
                           String cannotShow, String rejection) {
        public boolean rejected() {
            return !rejection.isEmpty();
        }
    }

    /**
     * @param decidable     submitted and not decided yet: 継続 / 削除 may be chosen
     * @param reviewable    submitted or sent back: files may be rejected, documents asked for
     * @param submitted     a 差し戻し is possible
     * @param pending       a decision waits for a second reviewer
     * @param mayApprove    pending, and the signed-in reviewer did not make it
     */
    public record DependentPanel(long id, String number, String name, String relationship, String birthDate,
                                 String status, String returnReason, String declaredLoss, List<Answer> answers,
                                 String prospect, List<String> reasons, List<String> requestedDocuments,
                                 List<String> extraRequests, List<FileView> files, String decision, String lastYear,
                                 boolean decidable, boolean reviewable, boolean submitted, boolean pending,
                                 boolean mayApprove) {
    }

    static ReviewCaseView of(ReviewCase c, StaffId me, Map<StoredDocument.Id, DocumentRenditionPort.PageCount> pages,
                             Messages m) {
        var member = c.member();
        String claim = c.claim().map(held -> m.text(held.by().equals(me) ? "screens.claim.mine" : "screens.claim.other",
                c.staffName(held.by()), time(held.at()))).orElseGet(() -> m.text("screens.claim.none"));
        return new ReviewCaseView(member.id().value(), member.name().written(), member.name().kana(),
                member.symbol() + "-" + member.number(), member.office(), c.year().title(),
                c.memberIncome().map(y -> m.text("screens.yen", y.yen())).orElseGet(() -> m.text("screens.unanswered")),
                claim, c.claimedBy(me), c.claim().isPresent() && !c.claimedBy(me),
                m.text("screens.fourEyes." + c.fourEyes().name()),
                c.dependents().stream().map(d -> dependent(d, c, me, pages, m)).toList(),
                Arrays.stream(RemovalReason.values()).map(r -> new Choice(r.name(), ReviewTexts.text(r, m.locale()))).toList(),
                Arrays.stream(DocumentRejectionReason.values())
                        .map(r -> new Choice(r.name(), ReviewTexts.text(r, m.locale()))).toList(),
                Arrays.stream(DocumentKind.values()).map(k -> new Choice(k.name(), m.text("eligibility.document." + k.name())))
                        .toList());
    }

    private static DependentPanel dependent(ReviewedDependent d, ReviewCase c, StaffId me,
                                            Map<StoredDocument.Id, DocumentRenditionPort.PageCount> pages, Messages m) {
        var dependent = d.dependent();
        var response = d.response();
        SurveyStatus status = response.status();
        Optional<Judgement> judgement = d.judgement();
        String prospect = response.noLongerEligible().isPresent() ? m.text("screens.prospect." + Prospect.DECLARED_LOSS.name())
                : judgement.map(j -> m.text("screens.prospect." + Prospect.of(j).name())).orElseGet(() -> m.text("screens.prospect.none"));
        List<String> reasons = judgement.map(j -> j.reasons().stream().map(r -> reason(r, m)).toList()).orElse(List.of());
        List<String> requested = judgement.map(j -> j.documents().stream().map(doc -> doc.copies() > 1
                ? m.text("screens.documentCopies", m.text("eligibility.document." + doc.kind().name()), doc.copies())
                : m.text("eligibility.document." + doc.kind().name())).toList()).orElse(List.of());
        Optional<ReviewDecision> decision = d.decision();
        boolean pending = decision.filter(x -> x.state() == DecisionState.PENDING_APPROVAL).isPresent();
        return new DependentPanel(dependent.id().value(), dependent.number().toString(), dependent.name().written(),
                dependent.relationship().term(), DAY.format(dependent.birthDate()), m.text("screens.status." + status.name()),
                response.returnReason().orElse(""),
                response.noLongerEligible().map(n -> m.text("screens.declaredLoss", DAY.format(n.since()),
                        m.text("screens.lossReason." + n.reason().name()))).orElse(""),
                answers(d, m), prospect, reasons, requested,
                d.extraRequests().stream().map(r -> m.text("screens.extraRequest", m.text("eligibility.document." + r.kind().name()),
                        r.note(), c.staffName(r.requestedBy()), time(r.requestedAt()))).toList(),
                d.files().stream().map(f -> file(f, c, pages, m)).toList(),
                decision.map(x -> decision(x, c, m)).orElse(""),
                d.lastYear().map(x -> decision(x, c, m)).orElseGet(() -> m.text("screens.lastYear.none")),
                status == SurveyStatus.SUBMITTED && decision.isEmpty(),
                status == SurveyStatus.SUBMITTED || status == SurveyStatus.RETURNED,
                status == SurveyStatus.SUBMITTED && decision.isEmpty(),
                pending, pending && !decision.get().decidedBy().equals(me));
    }

    private static List<Answer> answers(ReviewedDependent d, Messages m) {
        List<Answer> answers = new ArrayList<>();
        for (Question q : Question.values()) {
            if (q == Question.MEMBER_INCOME) {
                continue;
            }
            d.response().answers().raw(q).filter(v -> !v.isBlank()).ifPresent(value ->
                    answers.add(new Answer(m.text("survey.question." + q.name()), answer(q, value, m))));
        }
        return answers;
    }

    /** A choice by its label on the member's form, an amount in yen, free text as typed. */
    static String answer(Question q, String value, Messages m) {
        String choice = "survey.question." + q.name() + "." + value;
        if (m.has(choice)) {
            return m.text(choice);
        }
        if (value.matches("[0-9]{1,13}")) {
            return m.text("screens.yen", Long.parseLong(value));
        }
        return value;
    }

    private static String reason(Reason reason, Messages m) {
        return m.text(reason.code(), reason.args().toArray());
    }

    private static FileView file(SurveyDocument f, ReviewCase c, Map<StoredDocument.Id, DocumentRenditionPort.PageCount> pages,
                                 Messages m) {
        DocumentRenditionPort.PageCount count = pages.getOrDefault(f.id(),
                f.stored().type() == DocumentType.PDF ? new DocumentRenditionPort.CannotDisplay(DocumentRenditionPort.Reason.UNREADABLE)
                        : new DocumentRenditionPort.Pages(1));
        List<Integer> shown = count instanceof DocumentRenditionPort.Pages p
                ? IntStream.rangeClosed(1, p.count()).boxed().toList() : List.of();
        String cannot = count instanceof DocumentRenditionPort.CannotDisplay no
                ? m.text("screens.cannotDisplay." + no.reason().name()) : "";
        String rejection = f.rejection().map(r -> m.text("screens.file.rejected", ReviewTexts.text(r.reason(), m.locale()),
                c.staffName(r.by()), time(r.at()))).orElse("");
        return new FileView(f.id().value(), m.text("eligibility.document." + f.kind().name()), f.fileName(), time(f.uploadedAt()),
                shown, cannot, rejection);
    }

    static String decision(ReviewDecision x, ReviewCase c, Messages m) {
        String what = x.outcome() == DecisionOutcome.CONTINUE ? m.text("screens.decision.continue")
                : m.text("screens.decision.remove", DAY.format(x.lossDate().orElseThrow()),
                ReviewTexts.text(x.removalReason().orElseThrow(), m.locale()));
        String who = m.text("screens.decision.by", c.staffName(x.decidedBy()), time(x.decidedAt()), String.valueOf(x.fiscalYear()));
        String state = x.state() == DecisionState.PENDING_APPROVAL ? m.text("screens.decision.pending")
                : x.approvedBy().map(a -> m.text("screens.decision.approvedBy", c.staffName(a), time(x.approvedAt().orElseThrow())))
                .orElseGet(() -> m.text("screens.decision.final"));
        return what + " " + who + " " + state;
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(SurveyDeadline.TOKYO));
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }
}
