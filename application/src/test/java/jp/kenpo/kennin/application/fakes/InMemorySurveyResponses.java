package jp.kenpo.kennin.application.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.SurveyResponsePort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

/** Responses by (insurer, year, dependent) and member incomes by (member, year), as the tables key them. */
public final class InMemorySurveyResponses implements SurveyResponsePort {
    private record Key(InsurerCode insurer, int year, DependentId dependent) {
    }

    private record MemberYear(MemberId member, int year) {
    }

    private final Map<Key, SurveyResponse> responses = new HashMap<>();
    private final Map<MemberYear, YenAmount> incomes = new HashMap<>();

    @Override
    public synchronized Optional<SurveyResponse> loadResponse(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return Optional.ofNullable(responses.get(new Key(insurer, fiscalYear, dependent)));
    }

    @Override
    public synchronized List<SurveyResponse> responsesOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        return dependents.stream().map(d -> responses.get(new Key(insurer, fiscalYear, d))).filter(r -> r != null).toList();
    }

    @Override
    public synchronized void saveResponse(SurveyResponse response) {
        responses.put(new Key(response.insurer(), response.fiscalYear(), response.dependent()), response);
    }

    @Override
    public synchronized boolean markSubmitted(SurveyResponse submitted) {
        Key key = new Key(submitted.insurer(), submitted.fiscalYear(), submitted.dependent());
        SurveyResponse stored = responses.get(key);
        if (stored == null || stored.isReadOnly()) {
            return false;
        }
        responses.put(key, submitted);
        return true;
    }

    @Override
    public synchronized Optional<YenAmount> memberIncome(MemberId member, int fiscalYear) {
        return Optional.ofNullable(incomes.get(new MemberYear(member, fiscalYear)));
    }

    @Override
    public synchronized void saveMemberIncome(MemberId member, int fiscalYear, YenAmount income) {
        incomes.put(new MemberYear(member, fiscalYear), income);
    }
}
