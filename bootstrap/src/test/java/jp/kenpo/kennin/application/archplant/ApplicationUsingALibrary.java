package jp.kenpo.kennin.application.archplant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A use case with a library the application module does not declare (only the JDK, jakarta.validation and the domain). */
public final class ApplicationUsingALibrary {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationUsingALibrary.class);

    void run() {
        LOG.info("ran");
    }
}
