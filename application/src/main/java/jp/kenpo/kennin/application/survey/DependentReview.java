package jp.kenpo.kennin.application.survey;

import jp.kenpo.kennin.domain.survey.TaskStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * Where one dependent's response stands: what is still unanswered, the preliminary judgement once
 * nothing is, and the document checklist with the files filed under each requirement.
 *
 * @param memberIncome   the member's own expected income for the year, asked on every form
 * @param missing        applicable questions still unanswered (none once a loss of status is declared)
 * @param judgement      見込み, once nothing is missing and no loss of status was declared
 * @param requirements   the checklist the answers call for, in the order the survey lists it
 * @param otherDocuments files filed under a requirement the answers no longer call for
 */
public record DependentReview(Dependent dependent, SurveyResponse response, Optional<YenAmount> memberIncome,
                              List<Question> missing,
                              Optional<Judgement> judgement, List<Requirement> requirements,
                              List<SurveyDocument> otherDocuments) {
    public DependentReview {
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(response);
        Objects.requireNonNull(memberIncome);
        missing = List.copyOf(missing);
        Objects.requireNonNull(judgement);
        requirements = List.copyOf(requirements);
        otherDocuments = List.copyOf(otherDocuments);
    }

    /**
     * One line of the checklist: a kind of document, how many the survey wants, and what was
     * uploaded (files staff rejected included, so the member sees which and why; they count for nothing).
     *
     * @param extraRequest present when staff asked for this document (追加書類依頼); then only files
     *                     uploaded after the request are listed
     */
    public record Requirement(DocumentKind kind, int copies, List<SurveyDocument> files,
                              Optional<ExtraDocumentRequest> extraRequest) {
        public Requirement {
            Objects.requireNonNull(kind);
            files = List.copyOf(files);
            Objects.requireNonNull(extraRequest);
        }

        public Requirement(DocumentKind kind, int copies, List<SurveyDocument> files) {
            this(kind, copies, files, Optional.empty());
        }

        public boolean satisfied() {
            return files.stream().filter(f -> !f.rejected()).count() >= copies;
        }

        public boolean hasRejectedFile() {
            return files.stream().anyMatch(SurveyDocument::rejected);
        }
    }

    public boolean answered() {
        return response.noLongerEligible().isPresent() || missing.isEmpty();
    }

    /** What is left to do about this dependent, as the task list and the confirmation page say it. */
    public TaskStatus task() {
        return TaskStatus.of(response.status(), answered(), outstanding().isEmpty());
    }

    /** The requirements without enough files yet. */
    public List<DocumentKind> outstanding() {
        return requirements.stream().filter(r -> !r.satisfied()).map(Requirement::kind).toList();
    }

    /** Answered with every document the answers call for: it may be submitted. */
    public boolean ready() {
        return answered() && outstanding().isEmpty();
    }

    /** Answers and files can be changed: not submitted, or sent back. */
    public boolean editable() {
        return !response.isReadOnly();
    }

    /** Every file once (a file answering an extra request is also under its kind's requirement). */
    public List<SurveyDocument> allDocuments() {
        return Stream.concat(requirements.stream().flatMap(r -> r.files().stream()), otherDocuments.stream())
                .filter(new java.util.HashSet<>()::add)
                .toList();
    }

    /** Files staff rejected, which the member should delete and replace. */
    public List<SurveyDocument> rejectedDocuments() {
        return allDocuments().stream().filter(SurveyDocument::rejected).toList();
    }
}
