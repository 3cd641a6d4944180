package jp.kenpo.kennin.adapters.web.support;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/** The templates under src/main/jte, compiled to Java by the jte-maven-plugin at build time. */
public final class WebTemplates {
    /** Must match {@code packageName} of the jte-maven-plugin in this module's pom. */
    public static final String PACKAGE = "jp.kenpo.kennin.adapters.web.templates";

    private WebTemplates() {
    }

    public static TemplateEngine precompiled() {
        return TemplateEngine.createPrecompiled(null, ContentType.Html, WebTemplates.class.getClassLoader(), PACKAGE);
    }
}
