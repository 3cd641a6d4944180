package jp.kenpo.kennin.application.surveyyear;

/**
 * One row of a pre-screened list as read: the dependent's 記号・番号・被扶養者番号, before
 * validation. {@code lineNumber} is the line in the file (the header is line 1).
 */
public record ScopeListRow(int lineNumber, String symbol, String number, String dependentNumber) {
    public ScopeListRow {
        symbol = symbol == null ? "" : symbol;
        number = number == null ? "" : number;
        dependentNumber = dependentNumber == null ? "" : dependentNumber;
    }
}
