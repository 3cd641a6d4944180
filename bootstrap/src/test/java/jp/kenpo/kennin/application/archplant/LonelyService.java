package jp.kenpo.kennin.application.archplant;

/** A service that implements no use case: nothing says what it offers, and callers must name the class. */
public final class LonelyService {
    public void run() {
    }
}
