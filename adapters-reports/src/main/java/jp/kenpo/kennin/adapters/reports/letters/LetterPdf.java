package jp.kenpo.kennin.adapters.reports.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.adapters.reports.ReportFont;
import jp.kenpo.kennin.application.letters.LetterPdfPort;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * {@link LetterPdfPort}: one A4 page per member in BIZ UDGothic (embedded as a subset). What all
 * letters share is one form the pages draw; each page is set and its small content stream closed
 * as the member comes. A page's own stream is a few hundred bytes, kept in buffers sized for that
 * (PDFBox's own give each stream 4 KB, in memory or in a scratch file, which was most of the heap
 * of a large batch), so 10,000 letters fit in a 64 MB heap; nothing of the members goes to a
 * temporary file before the batch's own file.
 */
public final class LetterPdf implements LetterPdfPort {
    /** Bytes a stream's buffer grows by: a page's compressed stream fits one, the font file takes many. */
    private static final int CHUNK = 1024;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    private static final float QR_SIZE = 128;
    private static final float NAME_SIZE = 16;
    /** The name stays clear of the insurer's name at the top right. */
    private static final float NAME_WIDTH = WIDTH * 0.62f;
    /** Characters that never begin a line (行頭禁則), the usual short list. */
    private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〕｝〉》,.)]}:;?!";

    private final LetterTexts texts = new LetterTexts();

    /** Every stream of the document in memory, in chunks of {@link #CHUNK} bytes. */
    private static final class SmallBuffers implements RandomAccessStreamCache {
        @Override
        public RandomAccess createBuffer() {
            return new RandomAccessReadWriteBuffer(CHUNK);
        }

        @Override
        public void close() {
            // each buffer is closed with its stream, by the document
        }
    }

    @Override
    public LetterDocument open(Sender sender, OutputStream out) {
        try {
            return new Document(sender, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Document implements LetterDocument {
        private final Sender sender;
        private final OutputStream out;
        private final PDDocument document;
        private final PDType0Font font;
        private final QrCode qr;
        private final PDFormXObject template;
        private PDPageContentStream content;
        private float y;
        private float dayX;
        private float dayBaseline;

        Document(Sender sender, OutputStream out) throws IOException {
            this.sender = sender;
            this.out = out;
            this.document = new PDDocument(SmallBuffers::new);
            try {
                this.font = PDType0Font.load(document, new ByteArrayInputStream(ReportFont.bytes()), true);
                this.qr = QrCode.of(sender.signupUrl());
                this.template = template();
                document.getDocumentInformation().setTitle(texts.text("letter.title", String.valueOf(sender.fiscalYear())) + " "
                        + sender.insurerName());
                document.getDocumentInformation().setCreator("kenpo-kennin");
            } catch (IOException | RuntimeException e) {
                document.close();
                throw e;
            }
        }

        @Override
        public void add(Letter letter) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream c = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
                content = c;
                content.drawForm(template);
                personal(letter);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }

        /**
         * What every letter of the batch says, set once as a form the pages draw: the page itself
         * holds only the member's lines, so 10,000 letters are 10,000 small pages and one QR code.
         */
        private PDFormXObject template() throws IOException {
            // An appearance stream is a form XObject PDFBox lets a content stream write into.
            PDAppearanceStream form = new PDAppearanceStream(document);
            form.setBBox(new PDRectangle(PAGE.getWidth(), PAGE.getHeight()));
            form.setResources(new PDResources());
            try (PDPageContentStream c = new PDPageContentStream(document, form)) {
                content = c;
                common();
            } finally {
                content = null;
            }
            return form;
        }

        /** The member's name (two lines at most: a longer one is set smaller), their card and their deadline day. */
        private void personal(Letter letter) throws IOException {
            String to = texts.text("letter.to", letter.name());
            float size = NAME_SIZE;
            List<String> lines = wrap(to, size, NAME_WIDTH);
            while (lines.size() > 2 && size > 8) {
                size -= 1;
                lines = wrap(to, size, NAME_WIDTH);
            }
            float at = TOP - 6;
            for (String l : lines.subList(0, Math.min(2, lines.size()))) {
                text(MARGIN, at - size, l, size);
                at -= size + 6;
            }
            text(MARGIN, TOP - 6 - 2 * (NAME_SIZE + 6) - 10.5f, texts.text("letter.card", letter.card().text()), 10.5f);
            text(dayX, dayBaseline, DateTimeFormatter.ofPattern(texts.text("letter.dayPattern")).format(letter.deadline()), 16);
        }

        private void common() throws IOException {
            // The sender at the top right, the member (set per page) at the top left: the page reads as a letter.
            String insurer = sender.insurerName();
            text(PAGE.getWidth() - MARGIN - width(insurer, 10), TOP - 10, insurer, 10);
            y = TOP - 6 - 2 * (NAME_SIZE + 6) - 10.5f - 4 - 18;
            line(texts.text("letter.title", String.valueOf(sender.fiscalYear())), 17, 10);
            rule(y);
            y -= 14;
            paragraph(texts.text("letter.intro", insurer), 10.5f);
            paragraph(texts.text("letter.mailNote"), 9);
            y -= 6;
            deadline();
            y -= 16;
            line(texts.text("letter.how"), 13, 10);
            howTo();
            y -= 10;
            line(texts.text("letter.help"), 13, 8);
            paragraph(texts.text("letter.helpIntro"), 10.5f);
            contact(sender.contact());
            List<String> foot = wrap(texts.text("letter.foot", insurer), 8, WIDTH);
            for (int i = 0; i < foot.size(); i++) {
                text(MARGIN, MARGIN - 10 + (foot.size() - 1 - i) * 11, foot.get(i), 8);
            }
        }

        /** The box and its label; the member's own day goes in per page at (dayX, dayBaseline). */
        private void deadline() throws IOException {
            float height = 34;
            content.setLineWidth(1.2f);
            content.addRect(MARGIN, y - height, WIDTH, height);
            content.stroke();
            String label = texts.text("letter.deadline");
            text(MARGIN + 14, y - 22, label, 12);
            dayX = MARGIN + 14 + width(label, 12) + 20;
            dayBaseline = y - 23.5f;
            y -= height;
        }

        private void howTo() throws IOException {
            float top = y;
            qr.draw(content, MARGIN - QrCode.QUIET_ZONE * 2, top - QR_SIZE, QR_SIZE);
            float x = MARGIN + QR_SIZE;
            float room = WIDTH - QR_SIZE;
            y = top - 4;
            numbered("1.", texts.text("letter.step1"), x, room);
            // The URL as large as fits on one line, so it is easy to type.
            String url = sender.signupUrl();
            float size = Math.min(12, (room - 12) / Math.max(1, width(url, 1)));
            if (size >= 7) {
                text(x + 12, y - size, url, size);
                y -= size + 8;
            } else {
                for (String l : wrap(url, 9, room - 12)) {
                    text(x + 12, y - 9, l, 9);
                    y -= 13;
                }
                y -= 4;
            }
            numbered("2.", texts.text("letter.step2"), x, room);
            numbered("3.", texts.text("letter.step3"), x, room);
            y = Math.min(y, top - QR_SIZE);
        }

        private void numbered(String number, String text, float x, float room) throws IOException {
            float size = 10.5f;
            text(x, y - size, number, size);
            for (String l : wrap(text, size, room - 12)) {
                text(x + 12, y - size, l, size);
                y -= size + 5;
            }
            y -= 3;
        }

        private void contact(InsurerContact contact) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.add(sender.insurerName());
            if (!contact.callCentre().isEmpty()) {
                lines.add(contact.hours().isEmpty() ? texts.text("letter.callCentre", contact.callCentre())
                        : texts.text("letter.callCentreHours", contact.callCentre(), contact.hours()));
            }
            if (!contact.mailAddress().isEmpty()) {
                lines.add(texts.text("letter.mail", contact.mailAddress()));
            }
            if (!contact.faqUrl().isEmpty()) {
                lines.add(texts.text("letter.faq", contact.faqUrl()));
            }
            for (String l : lines) {
                for (String w : wrap(l, 10.5f, WIDTH - 12)) {
                    text(MARGIN + 12, y - 10.5f, w, 10.5f);
                    y -= 16;
                }
            }
        }

        private void paragraph(String text, float size) throws IOException {
            for (String l : wrap(text, size, WIDTH)) {
                text(MARGIN, y - size, l, size);
                y -= size * 1.6f;
            }
            y -= 4;
        }

        private void line(String text, float size, float after) throws IOException {
            for (String l : wrap(text, size, WIDTH)) {
                text(MARGIN, y - size, l, size);
                y -= size + after;
            }
        }

        /**
         * {@code text} in lines no wider than {@code room}: Japanese breaks between any two
         * characters, except before the marks that may not begin a line, which stay on the line before.
         */
        private List<String> wrap(String text, float size, float room) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (current.length() > 0 && width(current + ch, size) > room && NO_LINE_START.indexOf(cp) < 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(ch);
                i += Character.charCount(cp);
            }
            if (current.length() > 0) {
                lines.add(current.toString());
            }
            return lines;
        }

        private void text(float x, float baseline, String text, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private void rule(float at) throws IOException {
            content.setLineWidth(0.8f);
            content.moveTo(MARGIN, at);
            content.lineTo(PAGE.getWidth() - MARGIN, at);
            content.stroke();
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        @Override
        public void finish() {
            try {
                // Without object streams: those are built in memory for the whole file at once.
                document.save(out, CompressParameters.NO_COMPRESSION);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                document.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
