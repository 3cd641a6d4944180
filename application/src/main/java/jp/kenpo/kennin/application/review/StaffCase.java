package jp.kenpo.kennin.application.review;

import java.util.Optional;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * Staff name a member as the insurer's papers do, by 保険者指定コード and 記号・番号, typed in any
 * width; the case is that member in the insurer's current survey year.
 */
record StaffCase(Insurer insurer, SurveyYear year, InsuredMember member) {

    /**
     * @return empty when the insurer, its current survey year or the member is unknown
     * @throws InvalidValueException when a value cannot be one (its code names which)
     */
    static Optional<StaffCase> find(SurveyPorts ports, String insurerCode, String symbol, String number) {
        InsurerCode code = InsurerCode.parse(insurerCode);
        MemberSymbol memberSymbol = MemberSymbol.parse(symbol);
        MemberNumber memberNumber = MemberNumber.parse(number);
        return ports.insurers().loadInsurer(code).flatMap(insurer ->
                ports.surveyYears().loadSurveyYear(code, insurer.currentFiscalYear()).flatMap(year ->
                        ports.members().findByCard(code, memberSymbol, memberNumber)
                                .map(member -> new StaffCase(insurer, year, member))));
    }

    /**
     * The member with this id in the current survey year of {@code insurer}, the signed-in staff
     * member's: another insurer's member is not found, like an unknown id.
     */
    static Optional<StaffCase> of(SurveyPorts ports, InsurerCode insurer, MemberId member) {
        return ports.members().loadMember(member).filter(m -> m.insurer().equals(insurer)).flatMap(m ->
                ports.insurers().loadInsurer(insurer).flatMap(i ->
                        ports.surveyYears().loadSurveyYear(insurer, i.currentFiscalYear())
                                .map(year -> new StaffCase(i, year, m))));
    }
}
