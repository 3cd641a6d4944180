package jp.kenpo.kennin.application.survey;

import java.io.OutputStream;

/** Writes a member's copy of a submission as a PDF (the reports adapter sets it in an embedded Japanese font). */
public interface SubmissionReceiptWriter {
    void write(SubmissionReceipt receipt, OutputStream out);
}
