package jp.kenpo.kennin.application.insurer;

import jp.kenpo.kennin.domain.insurer.InsurerCode;

public interface UpdateInsurerSettingsPort {
    /**
     * Replaces the settings of an existing insurer in one transaction and leaves its survey year
     * alone, so a settings change racing with the opening of a new year cannot move the year back.
     *
     * @return false when no insurer has that code
     */
    boolean updateSettings(InsurerCode insurer, InsurerSettings settings);
}
