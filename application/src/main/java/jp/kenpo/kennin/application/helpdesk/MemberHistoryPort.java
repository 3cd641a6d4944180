package jp.kenpo.kennin.application.helpdesk;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/** What the case screen lists of a member's past: every submission of the year, not only the latest. */
public interface MemberHistoryPort {
    /** The member's submissions in that survey year, newest first. */
    List<SurveySubmission> submissionsOf(InsurerCode insurer, int fiscalYear, MemberId member);
}
