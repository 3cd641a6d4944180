package jp.kenpo.kennin.adapters.web.staff.setup;

/** One bad line of an uploaded file as the page lists it: its line, the column's header and what is wrong. */
public record LineProblem(int line, String column, String message) {
}
