package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.insurer.InsurerRepository;
import jp.kenpo.kennin.adapters.persistence.insurer.StaffNoticeRepository;
import jp.kenpo.kennin.application.insurer.InsurerSettings;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.application.notice.StaffNoticePort.StaffNotice;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.IncomeLimit;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.notice.Notice;
import jp.kenpo.kennin.domain.notice.NoticeState;
import org.junit.jupiter.api.Test;

/** What the back office writes when it sets an insurer up (V11): settings, overrides, notice states, roster previews. */
interface InsurerSetupContract extends PersistenceContract {
    Instant NOW = Instant.parse("2025-07-10T01:00:00Z");
    LocalDate DAY = LocalDate.of(2025, 7, 10);

    private InsurerRepository insurers() {
        return database().insurers();
    }

    private StaffNoticeRepository staffNotices() {
        return database().staffNotices();
    }

    @Test
    default void aTakenCodeIsNotCreatedAgainAndTheFirstInsurerIsKept() {
        InsurerCode code = newInsurer();
        Insurer other = new Insurer(code, "乗っ取り健保", EmailAddress.parse("evil@example.jp"), InsurerContact.none(),
                CredentialPolicy.nist(), 2030);

        assertThat(insurers().createInsurer(other)).isFalse();
        assertThat(insurers().loadInsurer(code).orElseThrow().displayName()).isEqualTo("サンプル健康保険組合");
    }

    @Test
    default void aNewCodeIsCreatedWithNoOverridesAndListed() {
        InsurerCode code = new InsurerCode("setup-new-" + System.nanoTime() % 100000);
        Insurer insurer = Fixtures.insurer(code);

        assertThat(insurers().createInsurer(insurer)).isTrue();
        assertThat(insurers().loadInsurer(code)).contains(insurer);
        assertThat(insurers().overridesOf(code)).isEqualTo(InsurerOverrides.none());
        assertThat(insurers().allInsurers()).contains(insurer);
    }

    @Test
    default void settingsAreReplacedWithTheirOverridesAndTheSurveyYearStays() {
        InsurerCode code = newInsurer();
        InsurerOverrides overrides = InsurerOverrides.none().withRounding(RoundingMode.FLOOR)
                .withLimit(IncomeBand.STANDARD, IncomeLimit.under(1_300_000, RoundingMode.FLOOR))
                .withLimit(IncomeBand.YOUNG_ADULT, new IncomeLimit(1_500_000, 125_000, 4_167));
        InsurerSettings settings = new InsurerSettings("新しい名前健康保険組合", EmailAddress.parse("new@example.jp"),
                new InsurerContact("03-0000-0000", "平日", "", ""), CredentialPolicy.nist(), overrides);

        assertThat(insurers().updateSettings(code, settings)).isTrue();

        Insurer stored = insurers().loadInsurer(code).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("新しい名前健康保険組合");
        assertThat(stored.senderAddress().value()).isEqualTo("new@example.jp");
        assertThat(stored.contact().callCentre()).isEqualTo("03-0000-0000");
        assertThat(stored.credentialPolicy()).isEqualTo(CredentialPolicy.nist());
        assertThat(stored.currentFiscalYear()).isEqualTo(2025);
        assertThat(insurers().overridesOf(code)).isEqualTo(overrides);
    }

    @Test
    default void fewerLimitsReplaceMoreAndNoRoundingClearsIt() {
        InsurerCode code = newInsurer();
        Insurer insurer = insurers().loadInsurer(code).orElseThrow();
        insurers().updateSettings(code, new InsurerSettings(insurer.displayName(), insurer.senderAddress(), insurer.contact(),
                insurer.credentialPolicy(), InsurerOverrides.none().withRounding(RoundingMode.FLOOR)
                .withLimit(IncomeBand.STANDARD, IncomeLimit.under(1_200_000, RoundingMode.FLOOR))
                .withLimit(IncomeBand.ELDERLY_OR_DISABLED, IncomeLimit.under(1_700_000, RoundingMode.FLOOR))));
        InsurerOverrides fewer = new InsurerOverrides(Optional.empty(),
                Map.of(IncomeBand.STANDARD, IncomeLimit.under(1_250_000, RoundingMode.CEILING)));

        insurers().updateSettings(code, new InsurerSettings(insurer.displayName(), insurer.senderAddress(), insurer.contact(),
                insurer.credentialPolicy(), fewer));

        assertThat(insurers().overridesOf(code)).isEqualTo(fewer);
    }

    @Test
    default void savingTheInsurerForANewYearKeepsItsOverrides() {
        InsurerCode code = newInsurer();
        Insurer insurer = insurers().loadInsurer(code).orElseThrow();
        InsurerOverrides overrides = InsurerOverrides.none().withRounding(RoundingMode.FLOOR);
        insurers().updateSettings(code, new InsurerSettings(insurer.displayName(), insurer.senderAddress(), insurer.contact(),
                insurer.credentialPolicy(), overrides));

        insurers().saveInsurer(insurer.withCurrentFiscalYear(2026));

        assertThat(insurers().overridesOf(code)).isEqualTo(overrides);
    }

    @Test
    default void settingsOfAnUnknownInsurerChangeNothing() {
        assertThat(insurers().updateSettings(new InsurerCode("nobody-here"), new InsurerSettings("名前",
                EmailAddress.parse("a@example.jp"), InsurerContact.none(), CredentialPolicy.nist(), InsurerOverrides.none())))
                .isFalse();
    }

    @Test
    default void aDraftIsStaffsAloneUntilPublishedAndAWithdrawnNoticeIsGoneForMembers() {
        InsurerCode code = newInsurer();
        long id = staffNotices().createDraft(code, "調査開始", "本文", DAY, NOW);
        long attachment = staffNotices().addAttachment(code, id, new NewAttachment("手引き.pdf", "application/pdf",
                new byte[] {1, 2, 3}), NOW).orElseThrow();

        assertThat(database().notices().publishedNotices(code, DAY)).isEmpty();
        assertThat(database().notices().loadAttachment(code, attachment)).isEmpty();
        assertThat(staffNotices().attachment(code, attachment)).isPresent();

        assertThat(staffNotices().changeState(code, id, NoticeState.DRAFT, NoticeState.PUBLISHED, NOW.plusSeconds(60))).isTrue();
        assertThat(database().notices().publishedNotices(code, DAY)).extracting(Notice::id).containsExactly(id);
        assertThat(database().notices().loadAttachment(code, attachment)).isPresent();

        assertThat(staffNotices().changeState(code, id, NoticeState.PUBLISHED, NoticeState.WITHDRAWN, NOW.plusSeconds(120)))
                .isTrue();
        assertThat(database().notices().publishedNotices(code, DAY)).isEmpty();
        assertThat(database().notices().loadAttachment(code, attachment)).isEmpty();
        StaffNotice kept = staffNotices().notice(code, id).orElseThrow();
        assertThat(kept.state()).isEqualTo(NoticeState.WITHDRAWN);
        assertThat(kept.createdAt()).contains(NOW);
        assertThat(kept.updatedAt()).contains(NOW.plusSeconds(120));
        assertThat(kept.notice().attachments()).extracting(Notice.NoticeAttachmentInfo::fileName).containsExactly("手引き.pdf");
    }

    @Test
    default void aWithdrawnNoticeIsNotEditedNorRepublishedNorGivenFiles() {
        InsurerCode code = newInsurer();
        long id = staffNotices().createDraft(code, "旧", "", DAY, NOW);
        staffNotices().changeState(code, id, NoticeState.DRAFT, NoticeState.PUBLISHED, NOW);
        staffNotices().changeState(code, id, NoticeState.PUBLISHED, NoticeState.WITHDRAWN, NOW);

        assertThat(staffNotices().edit(code, id, "新", "", DAY, NOW)).isFalse();
        assertThat(staffNotices().changeState(code, id, NoticeState.DRAFT, NoticeState.PUBLISHED, NOW)).isFalse();
        assertThat(staffNotices().addAttachment(code, id, new NewAttachment("a.pdf", "application/pdf", new byte[1]), NOW))
                .isEmpty();
        assertThat(staffNotices().notice(code, id).orElseThrow().notice().title()).isEqualTo("旧");
    }

    @Test
    default void anotherInsurersNoticeIsNeitherFoundNorChanged() {
        InsurerCode mine = newInsurer();
        InsurerCode theirs = newInsurer();
        long id = staffNotices().createDraft(theirs, "他組合", "", DAY, NOW);
        long attachment = staffNotices().addAttachment(theirs, id, new NewAttachment("a.pdf", "application/pdf", new byte[1]), NOW)
                .orElseThrow();

        assertThat(staffNotices().notice(mine, id)).isEmpty();
        assertThat(staffNotices().noticesOf(mine)).isEmpty();
        assertThat(staffNotices().edit(mine, id, "改ざん", "", DAY, NOW)).isFalse();
        assertThat(staffNotices().changeState(mine, id, NoticeState.DRAFT, NoticeState.PUBLISHED, NOW)).isFalse();
        assertThat(staffNotices().addAttachment(mine, id, new NewAttachment("b.pdf", "application/pdf", new byte[1]), NOW)).isEmpty();
        assertThat(staffNotices().removeAttachment(mine, id, attachment, NOW)).isFalse();
        assertThat(staffNotices().attachment(mine, attachment)).isEmpty();
        assertThat(staffNotices().notice(theirs, id).orElseThrow().notice().title()).isEqualTo("他組合");
        assertThat(staffNotices().notice(theirs, id).orElseThrow().state()).isEqualTo(NoticeState.DRAFT);
    }

    @Test
    default void anEditReplacesTextAndDayAndAnAttachmentCanBeTakenOff() {
        InsurerCode code = newInsurer();
        long id = staffNotices().createDraft(code, "仮題", "", DAY, NOW);
        long attachment = staffNotices().addAttachment(code, id, new NewAttachment("a.pdf", "application/pdf", new byte[1]), NOW)
                .orElseThrow();

        assertThat(staffNotices().edit(code, id, "本題", "本文です。", DAY.plusDays(3), NOW.plusSeconds(5))).isTrue();
        assertThat(staffNotices().removeAttachment(code, id, attachment, NOW.plusSeconds(6))).isTrue();

        Notice notice = staffNotices().noticesOf(code).get(0).notice();
        assertThat(notice.title()).isEqualTo("本題");
        assertThat(notice.body()).isEqualTo("本文です。");
        assertThat(notice.publishedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(notice.attachments()).isEmpty();
    }

    @Test
    default void noticesPostedBeforeTheBackOfficeArePublished() {
        InsurerCode code = newInsurer();
        long id = database().notices().postNotice(code, "以前からのお知らせ", "", DAY, List.of());

        StaffNotice notice = staffNotices().notice(code, id).orElseThrow();
        assertThat(notice.state()).isEqualTo(NoticeState.PUBLISHED);
        assertThat(notice.createdAt()).isEmpty();
    }

    @Test
    default void aRosterPreviewCountsWhatAStoreWouldAndWritesNothing() {
        InsurerCode code = newInsurer();
        database().members().storeRoster(code, List.of(Fixtures.entry("01", "1", "a@example.jp"),
                Fixtures.entry("01", "2", "b@example.jp")));
        var file = List.of(Fixtures.entry("01", "1", "a@example.jp"), Fixtures.entry("01", "2", "changed@example.jp"),
                Fixtures.entry("01", "3", "c@example.jp"));

        assertThat(Fixtures.previewRoster(database(), code, file)).isEqualTo(new RosterCounts(1, 1, 1));
        assertThat(Fixtures.previewRoster(database(), code, file)).isEqualTo(new RosterCounts(1, 1, 1));
        assertThat(database().members().findByCard(code, file.get(2).symbol(), file.get(2).number())).isEmpty();
        assertThat(database().members().storeRoster(code, file)).isEqualTo(new RosterCounts(1, 1, 1));
    }

    @Test
    default void aDependentsPreviewCountsWhatAStoreWouldAndWritesNothing() {
        InsurerCode code = newInsurer();
        Fixtures.Family family = Fixtures.family(database(), code, "7", "妻");
        var file = List.of(Fixtures.dependent(family.member(), "1", "妻"), Fixtures.dependent(family.member(), "2", "長男"));

        assertThat(Fixtures.previewDependents(database(), code, file)).isEqualTo(new RosterCounts(1, 0, 1));
        assertThat(database().dependents().dependentsOf(family.member())).hasSize(1);
    }
}
