package jp.kenpo.kennin.application.roster;

/**
 * One data row of a dependents roster file as read, before validation: the member's card
 * (記号・番号) and the dependent under it. {@code lineNumber} is the line in the file (the
 * header is line 1). Blank optional columns are empty strings, never null.
 */
public record DependentRosterRow(int lineNumber, String symbol, String number, String dependentNumber, String name,
                                 String nameKana, String birthDate, String relationship, String sex, String cohabitation,
                                 String certifiedOn) {
    public DependentRosterRow {
        symbol = nz(symbol);
        number = nz(number);
        dependentNumber = nz(dependentNumber);
        name = nz(name);
        nameKana = nz(nameKana);
        birthDate = nz(birthDate);
        relationship = nz(relationship);
        sex = nz(sex);
        cohabitation = nz(cohabitation);
        certifiedOn = nz(certifiedOn);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
