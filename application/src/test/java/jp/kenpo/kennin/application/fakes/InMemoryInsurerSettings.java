package jp.kenpo.kennin.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.kennin.application.insurer.CreateInsurerPort;
import jp.kenpo.kennin.application.insurer.InsurerSettings;
import jp.kenpo.kennin.application.insurer.ListInsurersPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerOverridesPort;
import jp.kenpo.kennin.application.insurer.UpdateInsurerSettingsPort;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** The back office's ports on the insurers of an {@link InMemoryInsurers}, with the overrides kept beside them. */
public final class InMemoryInsurerSettings implements CreateInsurerPort, ListInsurersPort, LoadInsurerOverridesPort,
        UpdateInsurerSettingsPort {
    private final InMemoryInsurers insurers;
    private final Map<InsurerCode, InsurerOverrides> overrides = new ConcurrentHashMap<>();
    private final Map<InsurerCode, Boolean> all = new ConcurrentHashMap<>();

    public InMemoryInsurerSettings(InMemoryInsurers insurers) {
        this.insurers = insurers;
    }

    @Override
    public synchronized boolean createInsurer(Insurer insurer) {
        if (insurers.loadInsurer(insurer.code()).isPresent()) {
            return false;
        }
        insurers.saveInsurer(insurer);
        all.put(insurer.code(), true);
        return true;
    }

    /** The insurers created through {@link #createInsurer} (the fake cannot list the others). */
    @Override
    public List<Insurer> allInsurers() {
        return all.keySet().stream().map(c -> insurers.loadInsurer(c).orElseThrow())
                .sorted(Comparator.comparing(i -> i.code().value())).toList();
    }

    @Override
    public InsurerOverrides overridesOf(InsurerCode insurer) {
        return overrides.getOrDefault(insurer, InsurerOverrides.none());
    }

    @Override
    public synchronized boolean updateSettings(InsurerCode code, InsurerSettings settings) {
        return insurers.loadInsurer(code).map(old -> {
            insurers.saveInsurer(new Insurer(code, settings.displayName(), settings.senderAddress(), settings.contact(),
                    settings.credentialPolicy(), old.currentFiscalYear()));
            overrides.put(code, settings.overrides());
            return true;
        }).orElse(false);
    }
}
