package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The board's summary as an A4 PDF: a heading on every page (title, insurer, survey year, when the
 * figures were read, in JST), members per status, final removals per reason, and members per
 * 事業所 and status as a table that continues on the next page with its header repeated; page
 * numbers "n / N" at the foot. The text is set in BIZ UDGothic, shipped in this module (OFL-1.1,
 * licence next to it) and embedded as a subset, so a fresh machine without Japanese fonts shows it;
 * a TrueType font, because PDFBox cannot subset CFF-based OpenType.
 */
final class SummaryPdf {
    static final String FONT = ReportFont.PATH;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 42;
    private static final float ROW = 15;
    private static final float TABLE_FONT = 8;
    private static final float FOOT = 30;
    private static final float OFFICE_COLUMN = 124;

    private final ReportTexts texts;

    SummaryPdf(ReportTexts texts) {
        this.texts = texts;
    }

    static String generatedAt(ResultSummary summary) {
        return GENERATED.format(summary.generatedAt().atZone(SurveyDeadline.TOKYO));
    }

    void write(ResultSummary summary, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, new java.io.ByteArrayInputStream(font()), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.text("summary.title") + " " + summary.insurerName() + " " + summary.fiscalYear());
            info.setCreator("kenpo-kennin");
            Layout layout = new Layout(document, font, summary);
            layout.section(texts.text("summary.byStatus"));
            List<List<String>> statusRows = new ArrayList<>();
            summary.totals().forEach((status, count) -> statusRows.add(List.of(texts.status(status), number(count))));
            statusRows.add(List.of(texts.text("summary.total"), number(summary.totalMembers())));
            layout.table(new float[] {200, 90}, List.of(texts.text("summary.status"), texts.text("summary.members")), statusRows);

            layout.section(texts.text("summary.byReason"));
            List<List<String>> reasonRows = new ArrayList<>();
            for (RemovalReason reason : RemovalReason.values()) {
                reasonRows.add(List.of(texts.reason(reason), number(summary.removals().get(reason))));
            }
            reasonRows.add(List.of(texts.text("summary.total"), number(summary.totalRemovals())));
            layout.table(new float[] {200, 90}, List.of(texts.text("summary.reason"), texts.text("summary.count")), reasonRows);

            layout.section(texts.text("summary.byOffice"));
            if (summary.offices().isEmpty()) {
                layout.line(texts.text("summary.noOffices"), 9);
            } else {
                int statuses = ResultSummary.STATUSES.size();
                float[] widths = new float[statuses + 2];
                widths[0] = OFFICE_COLUMN;
                float rest = (PAGE.getWidth() - 2 * MARGIN - OFFICE_COLUMN) / (statuses + 1);
                for (int i = 1; i < widths.length; i++) {
                    widths[i] = rest;
                }
                List<String> header = new ArrayList<>();
                header.add(texts.text("summary.office"));
                for (ProgressStatus status : ResultSummary.STATUSES) {
                    header.add(texts.status(status));
                }
                header.add(texts.text("summary.total"));
                List<List<String>> rows = new ArrayList<>();
                for (ResultSummary.Office office : summary.offices()) {
                    rows.add(countsRow(office.name(), office.counts().values().stream().toList(), office.total()));
                }
                rows.add(countsRow(texts.text("summary.total"), summary.totals().values().stream().toList(),
                        summary.totalMembers()));
                layout.table(widths, header, rows);
            }
            layout.finish();
            document.save(new Unclosed(out));
        }
    }

    private List<String> countsRow(String name, List<Long> counts, long total) {
        List<String> row = new ArrayList<>();
        row.add(name);
        counts.forEach(c -> row.add(number(c)));
        row.add(number(total));
        return row;
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    private static byte[] font() {
        return ReportFont.bytes();
    }

    /** Places text top to bottom, starting a new page (with the heading) when the next line would not fit. */
    private final class Layout {
        private final PDDocument document;
        private final PDType0Font font;
        private final ResultSummary summary;
        private PDPageContentStream content;
        private float y;

        Layout(PDDocument document, PDType0Font font, ResultSummary summary) throws IOException {
            this.document = document;
            this.font = font;
            this.summary = summary;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
            text(MARGIN, y - 14, texts.text("summary.title"), 14);
            y -= 32;
            text(MARGIN, y, summary.insurerName() + "　" + texts.text("summary.year", String.valueOf(summary.fiscalYear()),
                    summary.yearTitle()), 10.5f);
            String generated = texts.text("summary.generatedAt", generatedAt(summary));
            text(PAGE.getWidth() - MARGIN - width(generated, 8), y, generated, 8);
            y -= 8;
            rule(MARGIN, PAGE.getWidth() - MARGIN, y);
            y -= 14;
        }

        private boolean fits(float height) {
            return y - height >= MARGIN + FOOT;
        }

        void section(String title) throws IOException {
            // A section title never stands alone at the foot of a page: room for it and two rows.
            if (!fits(24 + 3 * ROW)) {
                newPage();
            }
            y -= 6;
            text(MARGIN, y - 11, title, 11);
            y -= 22;
        }

        void line(String text, float size) throws IOException {
            if (!fits(size + 6)) {
                newPage();
            }
            text(MARGIN, y - size, text, size);
            y -= size + 6;
        }

        /** The first column left-aligned (a name), the others right-aligned (counts); the header repeats on every page. */
        void table(float[] widths, List<String> header, List<List<String>> rows) throws IOException {
            headerRow(widths, header);
            for (int i = 0; i < rows.size(); i++) {
                if (!fits(ROW)) {
                    newPage();
                    headerRow(widths, header.stream().map(h -> h == header.get(0) ? h + texts.text("summary.continued") : h)
                            .toList());
                }
                row(widths, rows.get(i), i == rows.size() - 1);
            }
            y -= 8;
        }

        private void headerRow(float[] widths, List<String> cells) throws IOException {
            float right = MARGIN + sum(widths);
            content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            content.addRect(MARGIN, y - ROW, sum(widths), ROW);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            cells(widths, cells, true);
            rule(MARGIN, right, y);
            rule(MARGIN, right, y - ROW);
            y -= ROW;
        }

        private void row(float[] widths, List<String> cells, boolean last) throws IOException {
            cells(widths, cells, false);
            y -= ROW;
            rule(MARGIN, MARGIN + sum(widths), y);
            if (last) {
                rule(MARGIN, MARGIN + sum(widths), y - 1.5f);
            }
        }

        private void cells(float[] widths, List<String> cells, boolean header) throws IOException {
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                float room = widths[i] - 6;
                float baseline = y - ROW + 4.5f;
                if (header && i > 0) {
                    // A status heading (差し戻し中) is set smaller rather than cut: it names the column.
                    String cell = cells.get(i);
                    float size = Math.max(5, Math.min(TABLE_FONT, room / width(cell, 1)));
                    text(x + widths[i] - 3 - width(cell, size), baseline, cell, size);
                } else {
                    String cell = fit(cells.get(i), room);
                    text(i == 0 ? x + 3 : x + widths[i] - 3 - width(cell, TABLE_FONT), baseline, cell, TABLE_FONT);
                }
                x += widths[i];
            }
        }

        /** {@code text} cut with … where it would run into the next column (a long 事業所 name). */
        private String fit(String text, float room) throws IOException {
            if (width(text, TABLE_FONT) <= room) {
                return text;
            }
            int end = text.length();
            while (end > 0 && width(text.substring(0, end) + "…", TABLE_FONT) > room) {
                end = text.offsetByCodePoints(end, -1);
            }
            return text.substring(0, end) + "…";
        }

        private void text(float x, float baseline, String text, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private void rule(float from, float to, float at) throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(from, at);
            content.lineTo(to, at);
            content.stroke();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Closes the last page and numbers every page "n / N" at its foot. */
        void finish() throws IOException {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content = foot;
                    String number = texts.text("summary.page", String.valueOf(i + 1), String.valueOf(pages));
                    text((PAGE.getWidth() - width(number, 8)) / 2, MARGIN / 2 + 4, number, 8);
                }
            }
        }

        private float sum(float[] widths) {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            return total;
        }
    }
}
