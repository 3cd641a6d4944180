package jp.kenpo.kennin.application.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsCommand;
import jp.kenpo.kennin.application.insurer.PublishTermsUseCase.PublishTermsResult;
import jp.kenpo.kennin.domain.terms.TermsOfUse;
import org.junit.jupiter.api.Test;

class PublishedTermsAreNumberedTest {
    private final Omron omron = new Omron();
    private final InMemorySystem system = omron.system;

    private PublishTermsResult publish(String insurer, String body) {
        return system.publishTerms.publishTerms(new PublishTermsCommand(insurer, body));
    }

    @Test
    void eachPublicationIsTheNextVersion() {
        assertThat(publish("omron", "第1条")).isEqualTo(new PublishTermsResult.Published(1));
        assertThat(publish("omron", "第1条 改訂")).isEqualTo(new PublishTermsResult.Published(2));

        TermsOfUse current = system.terms.currentTerms(omron.insurer.code()).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.body()).isEqualTo("第1条 改訂");
        assertThat(current.publishedAt()).isEqualTo(system.clock.instant());
    }

    /** Another 管理者 publishes between this publish reading the current version and writing the next. */
    private PublishTermsService racedBy(String theirBody) {
        TermsPort raced = new TermsPort() {
            private boolean raced;

            @Override
            public java.util.Optional<TermsOfUse> currentTerms(jp.kenpo.kennin.domain.insurer.InsurerCode insurer) {
                return system.terms.currentTerms(insurer);
            }

            @Override
            public boolean publishTerms(TermsOfUse terms) {
                if (!raced) {
                    raced = true;
                    system.terms.publishTerms(new TermsOfUse(terms.insurer(), terms.version(), theirBody, terms.publishedAt()));
                }
                return system.terms.publishTerms(terms);
            }
        };
        return new PublishTermsService(system.insurers, raced, system.clock);
    }

    @Test
    void twoPublishesAtOnceOfDifferentTextsBecomeTwoVersionsInsteadOfAnError() {
        var result = racedBy("第1条 ほかの管理者の版").publishTerms(new PublishTermsCommand("omron", "第1条 わたしの版"));

        assertThat(result).isEqualTo(new PublishTermsResult.Published(2));
        assertThat(system.terms.currentTerms(omron.insurer.code()).orElseThrow().body()).isEqualTo("第1条 わたしの版");
    }

    @Test
    void theSameTextPublishedTwiceAtOnceIsOneVersion() {
        var result = racedBy("第1条 同じ文面").publishTerms(new PublishTermsCommand("omron", "第1条 同じ文面"));

        assertThat(result).isEqualTo(new PublishTermsResult.Published(1));
        assertThat(system.terms.currentTerms(omron.insurer.code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void versionsAreCountedPerInsurer() {
        system.insurer("hitachi", "日立健康保険組合", 2025);
        publish("omron", "第1条");

        assertThat(publish("hitachi", "第1条")).isEqualTo(new PublishTermsResult.Published(1));
    }

    @Test
    void emptyTermsAndUnknownInsurersAreRefused() {
        assertThat(publish("omron", "  ")).isEqualTo(new PublishTermsResult.Invalid("terms.body.empty"));
        assertThat(publish("nobody", "第1条")).isEqualTo(new PublishTermsResult.UnknownInsurer());
        assertThat(system.terms.currentTerms(omron.insurer.code())).isEmpty();
    }
}
