package jp.kenpo.kennin.application.dependent;

import java.time.LocalDate;
import java.util.List;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * The dependents of a member that the insurer's current survey year asks about, for the main
 * screen: a member sees only the people they must answer for.
 */
public interface ListDependentsInScopeUseCase {
    DependentsInScopeResult listDependentsInScope(MemberId member);

    sealed interface DependentsInScopeResult {
        /** @param referenceDate the survey's 基準日, on which the listed ages count */
        record InScope(int fiscalYear, LocalDate referenceDate, List<Dependent> dependents) implements DependentsInScopeResult {
        }

        /** The insurer has not opened a survey for its current fiscal year. */
        record NoSurveyYear() implements DependentsInScopeResult {
        }

        record UnknownMember() implements DependentsInScopeResult {
        }
    }
}
