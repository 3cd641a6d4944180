package jp.kenpo.kennin.domain.eligibility;

/** The documents the survey asks for, in the order the survey lists them. */
public enum DocumentKind {
    /** 住民票 of the whole household showing 続柄, without My Number. */
    HOUSEHOLD_RESIDENCE_CERTIFICATE,
    /** 課税(非課税)証明書 / 所得証明書 from the municipality of 1 January. */
    INCOME_CERTIFICATE,
    /** Recent 給与明細 or the employer's income certificate. */
    PAYSLIPS_OR_EMPLOYER_CERTIFICATE,
    /** 労働条件通知書 with a declaration that salary is the only income. */
    LABOUR_CONTRACT_AND_DECLARATION,
    /** 年金振込通知書 / 年金額改定通知書, one per pension. */
    PENSION_NOTICE,
    /** 雇用保険受給資格者証 (both sides), 離職票 or 退職証明書. */
    UNEMPLOYMENT_INSURANCE_CERTIFICATE,
    /** 確定申告書 with 収支内訳書. */
    TAX_RETURN,
    /** Recent 在学証明書 or both sides of the 学生証. */
    STUDENT_CERTIFICATE,
    /** Bank transfer records or passbook pages naming sender and receiver. */
    REMITTANCE_PROOF,
    /** Visa, foreign school certificate, posting order, foreign residence certificate, with translation. */
    OVERSEAS_RESIDENCE_PROOF,
    /** 障害者手帳 or disability-pension certificate. */
    DISABILITY_CERTIFICATE;

    /**
     * Whether part of this document is a declaration (申立書) the member writes and signs himself,
     * rather than a paper someone else issues: the member site offers a blank one to print.
     */
    public boolean includesADeclaration() {
        return this == LABOUR_CONTRACT_AND_DECLARATION;
    }
}
