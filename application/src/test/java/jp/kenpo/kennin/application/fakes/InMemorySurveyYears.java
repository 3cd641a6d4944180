package jp.kenpo.kennin.application.fakes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class InMemorySurveyYears implements SurveyYearPort {
    private record Key(InsurerCode insurer, int fiscalYear) {
    }

    private final Map<Key, SurveyYear> years = new ConcurrentHashMap<>();

    @Override
    public Optional<SurveyYear> loadSurveyYear(InsurerCode insurer, int fiscalYear) {
        return Optional.ofNullable(years.get(new Key(insurer, fiscalYear)));
    }

    @Override
    public void saveSurveyYear(SurveyYear year) {
        years.put(new Key(year.insurer(), year.fiscalYear()), year);
    }
}
