package jp.kenpo.kennin.application.insurer;

import java.util.List;
import jp.kenpo.kennin.domain.insurer.Insurer;

public interface ListInsurersPort {
    /** Every insurer of the installation, by code. */
    List<Insurer> allInsurers();
}
