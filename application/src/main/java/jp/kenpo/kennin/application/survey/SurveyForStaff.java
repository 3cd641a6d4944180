package jp.kenpo.kennin.application.survey;

import java.io.InputStream;
import java.util.Map;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.StaffActor;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.Question;

/**
 * 代行入力's way into the member's own survey rules: the save, upload and submission the member's
 * pages use, reached by member id instead of by a signed-in account, so staff can enter a paper
 * form for a member who never registered. The member's use case and this one run the same code
 * (what may change when, file checks, deadline, completeness); only who is audited differs. A
 * member of another insurer than the staff member's is simply not found. The help desk's use cases
 * check the staff member's permission and reason before calling these.
 */
public final class SurveyForStaff {
    private SurveyForStaff() {
    }

    public interface SaveAnswers {
        SaveSurveyAnswersResult saveAnswersFor(StaffActor staff, MemberId member, DependentId dependent,
                                               Map<Question, String> answers, ClientAddress client);
    }

    public interface UploadDocument {
        UploadSurveyDocumentResult uploadDocumentFor(StaffActor staff, MemberId member, DependentId dependent, String kind,
                                                     InputStream content, String fileName, String contentType,
                                                     ClientAddress client);
    }

    public interface Submit {
        /** Sends the member the usual confirmation to the roster's address, best effort. */
        SubmitSurveyResult submitFor(StaffActor staff, MemberId member, ClientAddress client);
    }
}
