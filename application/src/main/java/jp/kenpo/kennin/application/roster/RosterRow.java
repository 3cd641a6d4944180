package jp.kenpo.kennin.application.roster;

/**
 * One data row of a member roster file as read, before validation. {@code lineNumber} is the
 * line in the file (the header is line 1) so problems can be reported where the user looks.
 * Blank optional columns are empty strings, never null.
 */
public record RosterRow(int lineNumber, String symbol, String number, String name, String nameKana, String birthDate,
                        String email, String office) {
    public RosterRow {
        symbol = nz(symbol);
        number = nz(number);
        name = nz(name);
        nameKana = nz(nameKana);
        birthDate = nz(birthDate);
        email = nz(email);
        office = nz(office);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
