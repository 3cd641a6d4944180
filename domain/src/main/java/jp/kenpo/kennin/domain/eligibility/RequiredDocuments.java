package jp.kenpo.kennin.domain.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The documents domain.md §3 asks for, derived from the answers alone: the outcome does not
 * change them, so a member can gather them before staff decide. One entry per kind, in
 * {@link DocumentKind} order.
 */
public final class RequiredDocuments {
    private RequiredDocuments() {
    }

    public static List<RequiredDocument> of(EligibilityCase c) {
        DependentFacts d = c.dependent();
        Map<DocumentKind, Integer> copies = new EnumMap<>(DocumentKind.class);
        // The 住民票 shows a common household, and for a de facto spouse the 未届 entry.
        if (d.relationship().requiresCohabitation() || d.relationship() == Relationship.DE_FACTO_SPOUSE) {
            copies.put(DocumentKind.HOUSEHOLD_RESIDENCE_CERTIFICATE, 1);
        }
        copies.put(DocumentKind.INCOME_CERTIFICATE, 1);
        if (d.hasIncome(IncomeKind.SALARY)) {
            copies.put(salaryOnly(d) && c.rules().salaryFromLabourContract()
                    ? DocumentKind.LABOUR_CONTRACT_AND_DECLARATION : DocumentKind.PAYSLIPS_OR_EMPLOYER_CERTIFICATE, 1);
        }
        long pensions = d.incomes().stream().filter(i -> i.kind() == IncomeKind.PUBLIC_PENSION && i.yen() > 0).count();
        if (pensions > 0) {
            copies.put(DocumentKind.PENSION_NOTICE, (int) pensions);
        }
        if (d.unemploymentBenefit().state() != UnemploymentBenefit.State.NOT_CLAIMING
                || d.employmentChangedInPastYear()) {
            copies.put(DocumentKind.UNEMPLOYMENT_INSURANCE_CERTIFICATE, 1);
        }
        if (d.hasIncome(IncomeKind.BUSINESS)) {
            copies.put(DocumentKind.TAX_RETURN, 1);
        }
        if (d.student()) {
            copies.put(DocumentKind.STUDENT_CERTIFICATE, 1);
        }
        if (!d.living().countsAsTogether()) {
            copies.put(DocumentKind.REMITTANCE_PROOF, 1);
        }
        if (d.residence().isAbroad()) {
            copies.put(DocumentKind.OVERSEAS_RESIDENCE_PROOF, 1);
        }
        if (d.disabled()) {
            copies.put(DocumentKind.DISABILITY_CERTIFICATE, 1);
        }
        return copies.entrySet().stream().map(e -> new RequiredDocument(e.getKey(), e.getValue())).toList();
    }

    /** The 2026 contract rule is only for a salary that is the whole income. */
    private static boolean salaryOnly(DependentFacts d) {
        return !d.unemploymentBenefit().isReceiving()
                && d.incomes().stream().allMatch(i -> i.kind() == IncomeKind.SALARY || i.yen() == 0);
    }
}
