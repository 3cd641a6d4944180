package jp.kenpo.kennin.adapters.web.survey;

import java.util.List;

/**
 * One question as the form shows it: how it is answered, the choices (constant names, labelled
 * from the bundle as {@code survey.question.<NAME>.<CHOICE>}) and the value to put back.
 */
public record SurveyField(String name, Kind kind, List<String> choices, String value, List<String> errors) {
    public enum Kind { CHOICE, AMOUNT, TEXT }

    public boolean chosen(String choice) {
        return choice.equals(value);
    }
}
