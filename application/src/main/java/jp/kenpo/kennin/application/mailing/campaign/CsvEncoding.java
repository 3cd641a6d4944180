package jp.kenpo.kennin.application.mailing.campaign;

/** How a list for letters is written: Shift_JIS as Windows writes it, or UTF-8 with a byte-order mark for Excel. */
public enum CsvEncoding {
    WINDOWS_31J, UTF8_BOM
}
