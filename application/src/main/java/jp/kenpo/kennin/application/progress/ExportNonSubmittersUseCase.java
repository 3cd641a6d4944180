package jp.kenpo.kennin.application.progress;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.progress.ProgressStatus;

/**
 * The members of one 事業所 who still owe their survey (未登録, 登録済, 回答中, 差し戻し中; past
 * the deadline 期限切れ), by 記号・番号, for the CSV the 事業所's HR contact works through. Only
 * what they need to chase people: card, name and status, no answers, no address. Audited.
 * A 事業所担当 gets their own 事業所 only: any other is not found.
 */
public interface ExportNonSubmittersUseCase {
    ExportNonSubmittersResult exportNonSubmitters(ExportNonSubmittersCommand command);

    record ExportNonSubmittersCommand(SignedInStaff staff, String office, ClientAddress client) {
        public ExportNonSubmittersCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
            office = office == null ? "" : office.strip();
        }
    }

    record NonSubmitter(String symbol, String number, String nameWritten, String nameKana, ProgressStatus status) {
    }

    sealed interface ExportNonSubmittersResult {
        record Exported(String office, List<NonSubmitter> members) implements ExportNonSubmittersResult {
            public Exported {
                members = List.copyOf(members);
            }
        }

        /** No survey year, or a 事業所 the staff member may not see. */
        record NotFound() implements ExportNonSubmittersResult {
        }
    }
}
