package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.SurveySubmissionPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

public final class InMemorySurveySubmissions implements SurveySubmissionPort {
    private record MemberYear(InsurerCode insurer, int year, MemberId member) {
    }

    private final List<SurveySubmission> submissions = new ArrayList<>();
    private final Map<MemberYear, SurveyDeadline> extensions = new HashMap<>();

    @Override
    public synchronized void saveSubmission(SurveySubmission submission) {
        if (submissions.stream().anyMatch(s -> s.receipt().equals(submission.receipt()))) {
            throw new DuplicateReceiptException(submission.receipt().value());
        }
        submissions.add(submission);
    }

    @Override
    public synchronized Optional<SurveySubmission> latestSubmission(InsurerCode insurer, int fiscalYear, MemberId member) {
        return submissions.stream()
                .filter(s -> s.insurer().equals(insurer) && s.fiscalYear() == fiscalYear && s.member().equals(member))
                .max(Comparator.comparing(SurveySubmission::submittedAt));
    }

    @Override
    public synchronized Optional<SurveyDeadline> deadlineExtension(InsurerCode insurer, int fiscalYear, MemberId member) {
        return Optional.ofNullable(extensions.get(new MemberYear(insurer, fiscalYear, member)));
    }

    @Override
    public synchronized void extendDeadline(InsurerCode insurer, int fiscalYear, MemberId member, SurveyDeadline until) {
        extensions.put(new MemberYear(insurer, fiscalYear, member), until);
    }

    public synchronized List<SurveySubmission> all() {
        return List.copyOf(submissions);
    }
}
