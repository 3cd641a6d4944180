package jp.kenpo.kennin.adapters.web.archplant;

import jp.kenpo.kennin.bootstrap.config.KenninConfig;

/** An adapter reading bootstrap's configuration instead of being handed its own settings. */
public final class WebReadingTheConfiguration {
    KenninConfig config;
}
