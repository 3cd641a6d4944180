package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.TermsPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.terms.TermsOfUse;

public final class InMemoryTerms implements TermsPort {
    private final List<TermsOfUse> published = new ArrayList<>();

    @Override
    public synchronized Optional<TermsOfUse> currentTerms(InsurerCode insurer) {
        return published.stream().filter(t -> t.insurer().equals(insurer)).max(Comparator.comparingInt(TermsOfUse::version));
    }

    @Override
    public synchronized boolean publishTerms(TermsOfUse terms) {
        if (published.stream().anyMatch(t -> t.insurer().equals(terms.insurer()) && t.version() == terms.version())) {
            return false;
        }
        return published.add(terms);
    }
}
