package jp.kenpo.kennin.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskStatusTest {
    @Test
    void anOpenResponseSaysWhatIsLeftToDo() {
        assertThat(TaskStatus.of(SurveyStatus.NOT_STARTED, false, false)).isEqualTo(TaskStatus.NOT_STARTED);
        assertThat(TaskStatus.of(SurveyStatus.IN_PROGRESS, false, true)).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(TaskStatus.of(SurveyStatus.IN_PROGRESS, true, false)).isEqualTo(TaskStatus.DOCUMENTS_MISSING);
        assertThat(TaskStatus.of(SurveyStatus.IN_PROGRESS, true, true)).isEqualTo(TaskStatus.READY);
        // Answered in one go (the first save had every answer and nothing is required): ready, not 未着手.
        assertThat(TaskStatus.of(SurveyStatus.NOT_STARTED, true, true)).isEqualTo(TaskStatus.READY);
    }

    @Test
    void whatStaffHaveIsShownAsItStandsWhateverTheAnswers() {
        assertThat(TaskStatus.of(SurveyStatus.SUBMITTED, true, true)).isEqualTo(TaskStatus.SUBMITTED);
        assertThat(TaskStatus.of(SurveyStatus.RETURNED, true, true)).isEqualTo(TaskStatus.RETURNED);
        assertThat(TaskStatus.of(SurveyStatus.CONFIRMED, true, false)).isEqualTo(TaskStatus.CONFIRMED);
        assertThat(TaskStatus.of(SurveyStatus.REMOVED, false, false)).isEqualTo(TaskStatus.REMOVED);
    }

    @Test
    void doneMeansNothingIsLeftForTheMember() {
        assertThat(TaskStatus.values()).filteredOn(TaskStatus::done)
                .containsExactly(TaskStatus.READY, TaskStatus.SUBMITTED, TaskStatus.CONFIRMED, TaskStatus.REMOVED);
        assertThat(TaskStatus.values()).filteredOn(TaskStatus::waitsForTheMember)
                .containsExactly(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DOCUMENTS_MISSING, TaskStatus.RETURNED);
    }
}
