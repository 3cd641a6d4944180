package jp.kenpo.kennin.application.insurer;

import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

public interface LoadInsurerPort {
    Optional<Insurer> loadInsurer(InsurerCode code);
}
