package jp.kenpo.kennin.application.results;

import java.io.OutputStream;

/**
 * Where an export goes, opened only once the use case knows there is something to write and for
 * which survey year: the web adapter names the download after the year and sends its headers then,
 * and a refused or empty export leaves the response free for a redirect.
 */
@FunctionalInterface
public interface ExportTarget {
    /** The stream to write the file for {@code fiscalYear} to; the caller of the use case closes it. */
    OutputStream open(int fiscalYear);
}
