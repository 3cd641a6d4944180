package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.EligibilityEngine;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.MemberFacts;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.eligibility.RuleSets;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * Reviews a member's responses the same way for the form, the checklist, the confirmation page and
 * the submission: one judgement on the survey's reference date, so every page of a year uses the
 * same rule version, and one reading of which uploaded file answers which requirement.
 */
final class SurveyReviews {
    private static final RuleSets NATIONAL = RuleSets.japan();

    private final SurveyResponsePort responses;
    private final SurveyDocumentPort documents;
    private final LoadInsurerOverridesPort overrides;
    private final ReviewOutcomesPort extraRequests;

    SurveyReviews(SurveyPorts ports) {
        this.responses = ports.responses();
        this.documents = ports.documents();
        this.overrides = ports.overrides();
        this.extraRequests = ports.reviewOutcomes();
    }

    /** Every dependent in scope, in the roster's order. */
    List<DependentReview> all(MemberSurvey.Context c) {
        return review(c, c.inScope());
    }

    Optional<DependentReview> one(MemberSurvey.Context c, DependentId id) {
        return c.dependent(id).map(d -> review(c, List.of(d)).get(0));
    }

    private List<DependentReview> review(MemberSurvey.Context c, List<Dependent> dependents) {
        int year = c.year().fiscalYear();
        List<DependentId> ids = dependents.stream().map(Dependent::id).toList();
        Map<DependentId, SurveyResponse> stored = responses.responsesOf(c.year().insurer(), year, ids).stream()
                .collect(Collectors.toMap(SurveyResponse::dependent, Function.identity()));
        Map<DependentId, List<SurveyDocument>> files = documents.documentsOf(c.year().insurer(), year, ids).stream()
                .collect(Collectors.groupingBy(SurveyDocument::dependent));
        Map<DependentId, List<ExtraDocumentRequest>> extras = extraRequests.extraRequestsOf(c.year().insurer(), year, ids)
                .stream().collect(Collectors.groupingBy(ExtraDocumentRequest::dependent));
        Optional<YenAmount> memberIncome = responses.memberIncome(c.member().id(), year);
        // The insurer's own rounding and limits, as its staff set them now, judge every page alike.
        EligibilityEngine engine = EligibilityEngine.of(NATIONAL.withOverrides(overrides.overridesOf(c.insurer().code())));
        return dependents.stream().map(d -> review(engine, c, d,
                stored.getOrDefault(d.id(), SurveyResponse.notStarted(c.year().insurer(), year, d.id())),
                memberIncome, files.getOrDefault(d.id(), List.of()), extras.getOrDefault(d.id(), List.of()))).toList();
    }

    private DependentReview review(EligibilityEngine engine, MemberSurvey.Context c, Dependent dependent, SurveyResponse response,
                                   Optional<YenAmount> memberIncome, List<SurveyDocument> files,
                                   List<ExtraDocumentRequest> extras) {
        boolean declared = response.noLongerEligible().isPresent();
        List<Question> missing = declared ? List.of() : response.answers().missing(dependent.relationship().kind(), memberIncome);
        Optional<Judgement> judgement = missing.isEmpty() && !declared
                ? Optional.of(engine.judge(response.answers().toFacts(dependent, memberIncome),
                new MemberFacts(c.member().birthDate(), memberIncome.map(YenAmount::yen).orElse(0L)), c.year().referenceDate()))
                : Optional.empty();
        // A declared loss of status needs the 資格喪失 procedure, not proof of eligibility.
        List<RequiredDocument> required = judgement.map(Judgement::documents).orElse(List.of());
        List<DependentReview.Requirement> requirements = new java.util.ArrayList<>(required.stream()
                .map(r -> new DependentReview.Requirement(r.kind(), r.copies(), filed(files, r.kind()))).toList());
        // Staff's extra requests are asked of every response, a declared loss of status included.
        for (ExtraDocumentRequest extra : extras) {
            requirements.add(new DependentReview.Requirement(extra.kind(), 1, files.stream()
                    .filter(f -> extra.answeredBy(f.kind(), f.uploadedAt())).toList(), Optional.of(extra)));
        }
        List<DocumentKind> kinds = requirements.stream().map(DependentReview.Requirement::kind).toList();
        List<SurveyDocument> others = files.stream().filter(f -> !kinds.contains(f.kind())).toList();
        return new DependentReview(dependent, response, memberIncome, missing, judgement, requirements, others);
    }

    private static List<SurveyDocument> filed(List<SurveyDocument> files, DocumentKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }
}
