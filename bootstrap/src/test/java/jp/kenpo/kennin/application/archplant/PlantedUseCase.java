package jp.kenpo.kennin.application.archplant;

/** A use case that is a class, so callers would depend on its implementation. */
public class PlantedUseCase {
    public void run() {
    }
}
