package jp.kenpo.kennin.application.mailing.campaign;

import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/**
 * The members to reach by letter, as CSV (MANAGE_MAILINGS): those whose mail of one campaign the
 * server refused for good, or every member of the insurer whose current address is undeliverable.
 * Names and addresses leave the system: audited, with the row count.
 */
public interface ExportUndeliverableAddressesUseCase {
    ExportUndeliverableAddressesResult exportUndeliverableAddresses(ExportUndeliverableAddressesCommand command);

    /**
     * @param campaignId as the path gave it; empty: the insurer's whole list
     * @param target     opened only once the campaign is known to be the insurer's
     */
    record ExportUndeliverableAddressesCommand(SignedInStaff staff, Optional<Long> campaignId, CsvEncoding encoding,
                                               Supplier<OutputStream> target, ClientAddress client) {
        public ExportUndeliverableAddressesCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(campaignId);
            Objects.requireNonNull(encoding);
            Objects.requireNonNull(target);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ExportUndeliverableAddressesResult {
        record Exported(long rows) implements ExportUndeliverableAddressesResult {
        }

        record NotFound() implements ExportUndeliverableAddressesResult {
        }
    }
}
