package jp.kenpo.kennin.application.fakes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SaveInsurerPort;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

public final class InMemoryInsurers implements LoadInsurerPort, SaveInsurerPort {
    private final Map<InsurerCode, Insurer> insurers = new ConcurrentHashMap<>();

    @Override
    public Optional<Insurer> loadInsurer(InsurerCode code) {
        return Optional.ofNullable(insurers.get(code));
    }

    @Override
    public void saveInsurer(Insurer insurer) {
        insurers.put(insurer.code(), insurer);
    }

    @Override
    public synchronized boolean moveToFiscalYear(InsurerCode code, int from, int to) {
        Insurer current = insurers.get(code);
        if (current == null || current.currentFiscalYear() != from) {
            return false;
        }
        insurers.put(code, current.withCurrentFiscalYear(to));
        return true;
    }
}
