package jp.kenpo.kennin.domain.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DependentFacts;
import jp.kenpo.kennin.domain.eligibility.Income;
import jp.kenpo.kennin.domain.eligibility.IncomeKind;
import jp.kenpo.kennin.domain.eligibility.Living;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.eligibility.Residence;
import jp.kenpo.kennin.domain.eligibility.UnemploymentBenefit;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * One dependent's answers to the survey form (domain.md §4). Every answer is optional because a
 * draft is saved at every step; {@link #missing} says what is still required given the answers so
 * far, and only complete answers become {@link DependentFacts} for the eligibility rules.
 * The member's own income is not here: it is one answer per member and year, shared by all forms.
 */
public record SurveyAnswers(Optional<Living> living, Optional<Residence> residence, Optional<DependentSituation> situation,
                            Optional<YenAmount> salary, Optional<YenAmount> pension, Optional<YenAmount> businessIncome,
                            Optional<YenAmount> otherIncome, Optional<Boolean> employmentChanged,
                            Optional<UnemploymentBenefit.State> unemploymentBenefit, Optional<YenAmount> benefitDailyAmount,
                            Optional<Boolean> otherHealthInsurance, Optional<Boolean> disabled,
                            Optional<YenAmount> annualRemittance, Optional<String> parentSupportReason) {
    public static final int MAX_REASON_LENGTH = 400;
    public static final String YES = "yes";
    public static final String NO = "no";

    /** Relationships for which the insurer asks why the member must support them (親の扶養理由). */
    private static final Set<Relationship> PARENTS = EnumSet.of(Relationship.PARENT, Relationship.GRANDPARENT,
            Relationship.SPOUSE_PARENT, Relationship.DE_FACTO_SPOUSE_PARENT);

    public SurveyAnswers {
        Objects.requireNonNull(living);
        Objects.requireNonNull(residence);
        Objects.requireNonNull(situation);
        Objects.requireNonNull(salary);
        Objects.requireNonNull(pension);
        Objects.requireNonNull(businessIncome);
        Objects.requireNonNull(otherIncome);
        Objects.requireNonNull(employmentChanged);
        Objects.requireNonNull(unemploymentBenefit);
        Objects.requireNonNull(benefitDailyAmount);
        Objects.requireNonNull(otherHealthInsurance);
        Objects.requireNonNull(disabled);
        Objects.requireNonNull(annualRemittance);
        Objects.requireNonNull(parentSupportReason);
        parentSupportReason = parentSupportReason.map(String::strip).filter(s -> !s.isEmpty());
        if (parentSupportReason.filter(s -> s.length() > MAX_REASON_LENGTH).isPresent()) {
            throw new InvalidValueException("survey.reason.tooLong");
        }
    }

    public static SurveyAnswers none() {
        return new SurveyAnswers(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What the form read: the valid answers, and a reason code for each answer that could not be read. */
    public record Read(SurveyAnswers answers, Map<Question, String> problems) {
        public Read {
            Objects.requireNonNull(answers);
            problems = Map.copyOf(problems);
        }
    }

    /**
     * Reads a posted form: choices by their constant names, yes/no as {@link #YES}/{@link #NO},
     * amounts by {@link YenAmount#parse}. A blank or absent answer is unanswered; an unreadable
     * one is left unanswered and reported, so the rest of the draft is still kept.
     */
    public static Read read(Map<Question, String> raw) {
        Map<Question, String> problems = new EnumMap<>(Question.class);
        Reader r = new Reader(raw, problems);
        SurveyAnswers answers = new SurveyAnswers(
                r.choice(Question.LIVING, Living.class), r.choice(Question.RESIDENCE, Residence.class),
                r.choice(Question.SITUATION, DependentSituation.class),
                r.amount(Question.SALARY), r.amount(Question.PENSION), r.amount(Question.BUSINESS_INCOME),
                r.amount(Question.OTHER_INCOME), r.yesNo(Question.EMPLOYMENT_CHANGED),
                r.choice(Question.UNEMPLOYMENT_BENEFIT, UnemploymentBenefit.State.class),
                r.amount(Question.BENEFIT_DAILY_AMOUNT), r.yesNo(Question.OTHER_HEALTH_INSURANCE), r.yesNo(Question.DISABLED),
                r.amount(Question.REMITTANCE), r.text(Question.PARENT_SUPPORT_REASON));
        return new Read(answers, problems);
    }

    /** The questions the form shows for a dependent of this relationship, given the answers so far. */
    public Set<Question> applicable(Relationship relationship) {
        Set<Question> shown = EnumSet.allOf(Question.class);
        if (living.isEmpty() || living.get().countsAsTogether()) {
            shown.remove(Question.REMITTANCE);
        }
        // Only living together compares the dependent's income with half of the member's.
        if (living.isEmpty() || !living.get().countsAsTogether()) {
            shown.remove(Question.MEMBER_INCOME);
        }
        if (unemploymentBenefit.filter(s -> s == UnemploymentBenefit.State.RECEIVING).isEmpty()) {
            shown.remove(Question.BENEFIT_DAILY_AMOUNT);
        }
        if (!PARENTS.contains(relationship)) {
            shown.remove(Question.PARENT_SUPPORT_REASON);
        }
        return shown;
    }

    /**
     * The applicable questions still unanswered, in form order. Incomes other than the one the
     * situation implies (salary for a worker, pension for a pensioner) may stay blank: blank is none.
     */
    public List<Question> missing(Relationship relationship, Optional<YenAmount> memberIncome) {
        Set<Question> shown = applicable(relationship);
        List<Question> missing = new ArrayList<>();
        for (Question q : Question.values()) {
            if (shown.contains(q) && required(q) && !answered(q, memberIncome)) {
                missing.add(q);
            }
        }
        return missing;
    }

    /**
     * The applicable questions that must be answered before the judgement, answered or not: what a
     * form marks 必須. The others it shows are 任意 (blank is none).
     */
    public Set<Question> required(Relationship relationship) {
        Set<Question> required = EnumSet.noneOf(Question.class);
        for (Question q : applicable(relationship)) {
            if (required(q)) {
                required.add(q);
            }
        }
        return required;
    }

    /**
     * These answers with those to {@code questions} taken from {@code part} (answered or not): what
     * saving one step of the form leaves, the other steps' answers untouched.
     */
    public SurveyAnswers with(SurveyAnswers part, Set<Question> questions) {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            (questions.contains(q) ? part : this).raw(q).ifPresent(v -> raw.put(q, v));
        }
        return read(raw).answers();
    }

    private boolean required(Question q) {
        return switch (q) {
            case SALARY -> situation.filter(s -> s == DependentSituation.WORKING_UNDER_THE_LIMIT).isPresent();
            case PENSION -> situation.filter(s -> s == DependentSituation.PENSIONER).isPresent();
            case BUSINESS_INCOME, OTHER_INCOME -> false;
            default -> true;
        };
    }

    private boolean answered(Question q, Optional<YenAmount> memberIncome) {
        return switch (q) {
            case LIVING -> living.isPresent();
            case RESIDENCE -> residence.isPresent();
            case SITUATION -> situation.isPresent();
            case SALARY -> salary.isPresent();
            case PENSION -> pension.isPresent();
            case BUSINESS_INCOME -> businessIncome.isPresent();
            case OTHER_INCOME -> otherIncome.isPresent();
            case EMPLOYMENT_CHANGED -> employmentChanged.isPresent();
            case UNEMPLOYMENT_BENEFIT -> unemploymentBenefit.isPresent();
            // The eligibility rules refuse a daily amount of 0 while benefit is paid.
            case BENEFIT_DAILY_AMOUNT -> benefitDailyAmount.filter(a -> a.yen() > 0).isPresent();
            case OTHER_HEALTH_INSURANCE -> otherHealthInsurance.isPresent();
            case DISABLED -> disabled.isPresent();
            case REMITTANCE -> annualRemittance.isPresent();
            case PARENT_SUPPORT_REASON -> parentSupportReason.isPresent();
            case MEMBER_INCOME -> memberIncome.isPresent();
        };
    }

    /** The same answers without those to questions that no longer apply (a remittance after moving back in). */
    public SurveyAnswers withoutInapplicable(Relationship relationship) {
        Set<Question> shown = applicable(relationship);
        return new SurveyAnswers(living, residence, situation, salary, pension, businessIncome, otherIncome, employmentChanged,
                unemploymentBenefit, shown.contains(Question.BENEFIT_DAILY_AMOUNT) ? benefitDailyAmount : Optional.empty(),
                otherHealthInsurance, disabled, shown.contains(Question.REMITTANCE) ? annualRemittance : Optional.empty(),
                shown.contains(Question.PARENT_SUPPORT_REASON) ? parentSupportReason : Optional.empty());
    }

    /**
     * The facts the eligibility rules judge, once nothing is {@link #missing}.
     *
     * @throws IllegalStateException when answers are still missing: a judgement on guesses would mislead
     */
    public DependentFacts toFacts(Dependent dependent, Optional<YenAmount> memberIncome) {
        Relationship kind = dependent.relationship().kind();
        if (!missing(kind, memberIncome).isEmpty()) {
            throw new IllegalStateException("answers incomplete: " + missing(kind, memberIncome));
        }
        DependentFacts facts = DependentFacts.of(kind, dependent.birthDate(), living.orElseThrow()).residing(residence.orElseThrow());
        facts = addIncome(facts, IncomeKind.SALARY, salary);
        facts = addIncome(facts, IncomeKind.PUBLIC_PENSION, pension);
        facts = addIncome(facts, IncomeKind.BUSINESS, businessIncome);
        facts = addIncome(facts, IncomeKind.OTHER, otherIncome);
        UnemploymentBenefit.State benefit = unemploymentBenefit.orElseThrow();
        facts = facts.withUnemploymentBenefit(new UnemploymentBenefit(benefit,
                benefit == UnemploymentBenefit.State.RECEIVING ? benefitDailyAmount.orElseThrow().yen() : 0));
        if (situation.orElseThrow() == DependentSituation.STUDENT) {
            facts = facts.asStudent();
        }
        if (employmentChanged.orElseThrow()) {
            facts = facts.afterEmploymentChange();
        }
        if (otherHealthInsurance.orElseThrow()) {
            facts = facts.coveredByOtherHealthInsurance();
        }
        if (disabled.orElseThrow()) {
            facts = facts.asDisabled();
        }
        if (annualRemittance.isPresent() && !living.get().countsAsTogether()) {
            facts = facts.withAnnualRemittance(annualRemittance.get().yen());
        }
        return facts;
    }

    private static DependentFacts addIncome(DependentFacts facts, IncomeKind kind, Optional<YenAmount> amount) {
        return amount.filter(a -> a.yen() > 0).map(a -> facts.withIncome(Income.annual(kind, a.yen()))).orElse(facts);
    }

    /** The form's value of an answer, as {@link #read} reads it back. */
    public Optional<String> raw(Question q) {
        return switch (q) {
            case LIVING -> living.map(Enum::name);
            case RESIDENCE -> residence.map(Enum::name);
            case SITUATION -> situation.map(Enum::name);
            case SALARY -> salary.map(a -> Long.toString(a.yen()));
            case PENSION -> pension.map(a -> Long.toString(a.yen()));
            case BUSINESS_INCOME -> businessIncome.map(a -> Long.toString(a.yen()));
            case OTHER_INCOME -> otherIncome.map(a -> Long.toString(a.yen()));
            case EMPLOYMENT_CHANGED -> employmentChanged.map(SurveyAnswers::yesNo);
            case UNEMPLOYMENT_BENEFIT -> unemploymentBenefit.map(Enum::name);
            case BENEFIT_DAILY_AMOUNT -> benefitDailyAmount.map(a -> Long.toString(a.yen()));
            case OTHER_HEALTH_INSURANCE -> otherHealthInsurance.map(SurveyAnswers::yesNo);
            case DISABLED -> disabled.map(SurveyAnswers::yesNo);
            case REMITTANCE -> annualRemittance.map(a -> Long.toString(a.yen()));
            case PARENT_SUPPORT_REASON -> parentSupportReason;
            case MEMBER_INCOME -> Optional.empty();
        };
    }

    private static String yesNo(boolean b) {
        return b ? YES : NO;
    }

    /** Reads one raw answer at a time, collecting problems instead of stopping at the first. */
    private record Reader(Map<Question, String> raw, Map<Question, String> problems) {
        private Optional<String> value(Question q) {
            return Optional.ofNullable(raw.get(q)).map(JapaneseText::nfkc).filter(s -> !s.isEmpty());
        }

        <E extends Enum<E>> Optional<E> choice(Question q, Class<E> type) {
            return parse(q, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)), "survey.choice.invalid");
        }

        Optional<Boolean> yesNo(Question q) {
            return parse(q, s -> switch (s.toLowerCase(Locale.ROOT)) {
                case YES -> true;
                case NO -> false;
                default -> throw new IllegalArgumentException(s);
            }, "survey.choice.invalid");
        }

        Optional<YenAmount> amount(Question q) {
            return parse(q, YenAmount::parse, "survey.amount.invalid");
        }

        Optional<String> text(Question q) {
            Optional<String> s = Optional.ofNullable(raw.get(q)).map(String::strip).filter(t -> !t.isEmpty());
            if (s.filter(t -> t.length() > MAX_REASON_LENGTH).isPresent()) {
                problems.put(q, "survey.reason.tooLong");
                return Optional.empty();
            }
            return s;
        }

        private <T> Optional<T> parse(Question q, Function<String, T> parser, String fallbackCode) {
            Optional<String> s = value(q);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.apply(s.get()));
            } catch (InvalidValueException e) {
                problems.put(q, e.code());
            } catch (IllegalArgumentException e) {
                problems.put(q, fallbackCode);
            }
            return Optional.empty();
        }
    }
}
