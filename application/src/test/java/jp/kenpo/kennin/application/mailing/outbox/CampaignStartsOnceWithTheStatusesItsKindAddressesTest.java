package jp.kenpo.kennin.application.mailing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.fakes.InMemoryInsurers;
import jp.kenpo.kennin.application.fakes.InlineTransactions;
import jp.kenpo.kennin.application.fakes.MutableClock;
import jp.kenpo.kennin.application.mailing.CampaignId;
import jp.kenpo.kennin.application.mailing.StartDueCampaignsUseCase.StartedCampaign;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.mailing.CampaignKind;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import org.junit.jupiter.api.Test;

class CampaignStartsOnceWithTheStatusesItsKindAddressesTest {
    private final MutableClock clock = MutableClock.at("2025-07-01T00:00:00Z");
    private final InMemoryInsurers insurers = new InMemoryInsurers();
    private final InlineTransactions transactions = new InlineTransactions();
    private final List<String> starts = new ArrayList<>();
    private final Set<Long> started = new java.util.HashSet<>();

    private final StartCampaignPort port = new StartCampaignPort() {
        @Override
        public List<DueCampaign> dueCampaigns(Instant now) {
            assertThat(now).isEqualTo(clock.instant());
            return List.of(new DueCampaign(new CampaignId(1), new InsurerCode("omron"), 2025, CampaignKind.REMINDER),
                    new DueCampaign(new CampaignId(2), new InsurerCode("gone"), 2025, CampaignKind.INVITATION));
        }

        @Override
        public Optional<Started> start(CampaignId campaign, Set<ProgressStatus> statuses, String messageIdDomain, Instant now) {
            starts.add(campaign + " " + statuses.stream().sorted().toList() + " " + messageIdDomain);
            return started.add(campaign.value()) ? Optional.of(new Started(10, 2)) : Optional.empty();
        }
    };

    @Test
    void aDueReminderGoesToThoseNotYetSubmittedInOneTransactionAndASecondCallStartsNothing() {
        insurers.saveInsurer(new Insurer(new InsurerCode("omron"), "オムロン健康保険組合", EmailAddress.parse("kenpo@omron.example.jp"),
                new InsurerContact("0120-000-111", "平日", "help@omron.example.jp", "https://omron.example.jp/faq"),
                CredentialPolicy.manualDefault(), 2025));
        StartDueCampaignsService service = new StartDueCampaignsService(port, insurers, transactions, clock);

        assertThat(service.startDueCampaigns()).containsExactly(new StartedCampaign(new CampaignId(1), 10, 2));
        assertThat(starts).containsExactly("1 [UNREGISTERED, REGISTERED, ANSWERING] omron.example.jp");
        assertThat(transactions.count()).isEqualTo(1);

        assertThat(service.startDueCampaigns()).as("started already").isEmpty();
    }
}
