package jp.kenpo.kennin.adapters.web.staff.helpdesk;

import java.util.Arrays;
import java.util.List;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.DependentCase;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.MemberCase;
import jp.kenpo.kennin.domain.survey.DependentSituation;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Living;
import jp.kenpo.kennin.domain.eligibility.Residence;
import jp.kenpo.kennin.domain.eligibility.UnemploymentBenefit;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyStatus;

/**
 * The 代行入力 page: per dependent asked about, the survey's questions with what is stored (so
 * saving does not blank what the member already answered), and the kinds of document a paper
 * copy may be filed under. Labels are the member form's ({@code survey.question.*}).
 */
public record ProxyView(long memberId, String name, boolean registered, List<DependentForm> dependents,
                        List<Choice> documentKinds) {
    public record Choice(String value, String label) {
    }

    public enum Kind { CHOICE, AMOUNT, TEXT }

    public record Field(String name, String label, Kind kind, List<Choice> choices, String value) {
        public boolean chosen(String choice) {
            return choice.equals(value);
        }
    }

    /** @param editable false once the response is with staff (submitted or confirmed) */
    public record DependentForm(long id, String name, String status, boolean editable, List<Field> fields) {
    }

    static ProxyView of(MemberCase c, Messages m) {
        List<DependentForm> forms = c.survey().map(s -> s.dependents().stream().filter(DependentCase::inScope)
                .map(d -> form(d, m)).toList()).orElse(List.of());
        List<Choice> kinds = Arrays.stream(DocumentKind.values())
                .map(k -> new Choice(k.name(), m.text("eligibility.document." + k.name()))).toList();
        boolean registered = c.registration() instanceof jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase
                .Registration.Registered;
        return new ProxyView(c.member().id().value(), c.member().name().written(), registered, forms, kinds);
    }

    private static DependentForm form(DependentCase d, Messages m) {
        SurveyStatus status = d.status().orElseThrow();
        List<Field> fields = Arrays.stream(Question.values()).map(q -> field(q, d.answers().getOrDefault(q, ""), m)).toList();
        return new DependentForm(d.dependent().id().value(), d.dependent().name().written(),
                m.text("helpdesk.status." + status.name()), status != SurveyStatus.SUBMITTED && status != SurveyStatus.CONFIRMED,
                fields);
    }

    private static Field field(Question q, String value, Messages m) {
        String label = m.text("survey.question." + q.name());
        return switch (q) {
            case LIVING -> choice(q, label, names(Living.values()), value, m);
            case RESIDENCE -> choice(q, label, names(Residence.values()), value, m);
            case SITUATION -> choice(q, label, names(DependentSituation.values()), value, m);
            case UNEMPLOYMENT_BENEFIT -> choice(q, label, names(UnemploymentBenefit.State.values()), value, m);
            case EMPLOYMENT_CHANGED, OTHER_HEALTH_INSURANCE, DISABLED ->
                    choice(q, label, List.of(SurveyAnswers.YES, SurveyAnswers.NO), value, m);
            case PARENT_SUPPORT_REASON -> new Field(q.name(), label, Kind.TEXT, List.of(), value);
            default -> new Field(q.name(), label, Kind.AMOUNT, List.of(), value);
        };
    }

    private static Field choice(Question q, String label, List<String> values, String value, Messages m) {
        return new Field(q.name(), label, Kind.CHOICE,
                values.stream().map(v -> new Choice(v, m.text("survey.question." + q.name() + "." + v))).toList(), value);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
