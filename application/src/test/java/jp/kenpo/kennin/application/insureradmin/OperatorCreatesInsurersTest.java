package jp.kenpo.kennin.application.insureradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase.CreateInsurerCommand;
import jp.kenpo.kennin.application.insureradmin.CreateInsurerUseCase.CreateInsurerResult;
import jp.kenpo.kennin.application.insureradmin.ListInsurersUseCase.InsurerListing;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import org.junit.jupiter.api.Test;

class OperatorCreatesInsurersTest {
    private final BackOfficeSetup office = new BackOfficeSetup();
    private final SignedInStaff operator = office.operator();
    private final ClientAddress client = new ClientAddress("192.0.2.1");

    private CreateInsurerResult create(SignedInStaff actor, String code, String name, CredentialPolicyChoice policy) {
        return office.createInsurer.createInsurer(new CreateInsurerCommand(actor, code, name, "kenpo@" + code + ".example.jp",
                new InsurerContact("0120-000-000", "平日9時～17時", "", ""), policy, client));
    }

    @Test
    void aNewInsurerStartsInTheCurrentFiscalYearWithTheChosenPolicyAndIsAudited() {
        assertThat(create(operator, "acme", "アクメ健康保険組合", CredentialPolicyChoice.NIST))
                .isEqualTo(new CreateInsurerResult.Created("acme", 2025));

        Insurer insurer = office.system.insurers.loadInsurer(new InsurerCode("acme")).orElseThrow();
        assertThat(insurer.displayName()).isEqualTo("アクメ健康保険組合");
        assertThat(insurer.credentialPolicy()).isEqualTo(CredentialPolicy.nist());
        assertThat(insurer.currentFiscalYear()).isEqualTo(2025);
        assertThat(office.system.audit.withAction(AuditAction.INSURER_CREATED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(operator.id().value());
            assertThat(e.insurerCode()).isEmpty();
            assertThat(e.clientAddress()).isEqualTo("192.0.2.1");
            assertThat(e.detail()).contains("insurer=acme");
        });
        assertThat(office.listInsurers.listInsurers(operator)).containsExactly(new InsurerListing("acme", "アクメ健康保険組合", 2025));
    }

    @Test
    void inFebruaryTheFiscalYearIsStillLastYears() {
        office.system.clock.set(java.time.Instant.parse("2026-02-10T01:00:00Z"));

        assertThat(create(operator, "acme", "アクメ健康保険組合", CredentialPolicyChoice.MANUAL))
                .isEqualTo(new CreateInsurerResult.Created("acme", 2025));
    }

    @Test
    void aTakenCodeIsRefusedAndTheInsurerHoldingItIsUntouched() {
        create(operator, "acme", "アクメ健康保険組合", CredentialPolicyChoice.MANUAL);

        assertThat(create(operator, "ACME", "別の組合", CredentialPolicyChoice.NIST)).isEqualTo(new CreateInsurerResult.CodeTaken());

        Insurer kept = office.system.insurers.loadInsurer(new InsurerCode("acme")).orElseThrow();
        assertThat(kept.displayName()).isEqualTo("アクメ健康保険組合");
        assertThat(kept.credentialPolicy()).isEqualTo(CredentialPolicy.manualDefault());
        assertThat(office.system.audit.withAction(AuditAction.INSURER_CREATED)).hasSize(1);
    }

    @Test
    void badFieldsAreRefusedWithTheirReason() {
        assertThat(create(operator, "ac me", "名前", CredentialPolicyChoice.MANUAL)).isInstanceOf(CreateInsurerResult.Invalid.class);
        assertThat(create(operator, "acme", "改行\n入り", CredentialPolicyChoice.MANUAL))
                .isEqualTo(new CreateInsurerResult.Invalid("insurer.name.controlCharacters"));
        assertThat(office.system.insurers.loadInsurer(new InsurerCode("acme"))).isEmpty();
    }

    @Test
    void onlyTheOperatorCreatesInsurers() {
        Insurer omron = office.system.insurer("omron", "オムロン健康保険組合", 2025);

        assertThatThrownBy(() -> create(office.administrator(omron), "acme", "アクメ", CredentialPolicyChoice.MANUAL))
                .isInstanceOfSatisfying(StaffMayNot.class, e -> assertThat(e.permission()).isEqualTo(StaffPermission.MANAGE_INSURERS));
        assertThatThrownBy(() -> office.listInsurers.listInsurers(office.administrator(omron))).isInstanceOf(StaffMayNot.class);
        assertThat(office.system.insurers.loadInsurer(new InsurerCode("acme"))).isEmpty();
    }
}
