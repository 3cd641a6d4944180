package jp.kenpo.kennin.adapters.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.kenpo.kennin.domain.account.Language;
import java.util.Set;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SubmissionReceipt;
import jp.kenpo.kennin.application.survey.SubmissionReceiptWriter;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.ReasonTexts;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * {@link SubmissionReceiptWriter}: the member's copy of a submission as an A4 PDF in the member's language
 * (Japanese, or English from receipt_en.properties): receipt number and time, member, insurer, each dependent
 * with the answers and the files handed in, and what happens next. Set in {@link ReportFont}, embedded as a subset.
 */
public final class SubmissionReceiptPdf implements SubmissionReceiptWriter {
    /** Answered by picking an option: printed with the option's words, as the form shows them. */
    private static final Set<Question> CHOICES = EnumSet.of(Question.LIVING, Question.RESIDENCE, Question.SITUATION,
            Question.UNEMPLOYMENT_BENEFIT, Question.EMPLOYMENT_CHANGED, Question.OTHER_HEALTH_INSURANCE, Question.DISABLED);
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float FOOT = 28;
    private static final float BODY = 9.5f;
    private static final String CLOSING = "、。，．）」』】〕！？ー";

    private static final Map<Language, Texts> TEXTS = new EnumMap<>(Map.of(Language.JA, new Texts(Language.JA),
            Language.EN, new Texts(Language.EN)));

    @Override
    public void write(SubmissionReceipt receipt, OutputStream out) {
        new Copy(TEXTS.get(receipt.language())).write(receipt, out);
    }

    /** The texts, date formats and amounts of one language. */
    static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;
        private final DateTimeFormatter dateTime;
        private final DateTimeFormatter date;

        Texts(Language language) {
            // Japanese is the base bundle; receipt_en holds every key of it (a test says which are missing).
            this.locale = language.locale();
            this.bundle = ResourceBundle.getBundle("i18n.receipt", language == Language.JA ? Locale.ROOT : locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("receipt.format.dateTime"), locale);
            this.date = DateTimeFormatter.ofPattern(bundle.getString("receipt.format.date"), locale);
        }

        String text(String key, Object... args) {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        String yen(long amount) {
            return text("receipt.yen", String.format(Locale.ROOT, "%,d", amount));
        }

        String date(LocalDate day) {
            return date.format(day);
        }

        String dateTime(java.time.Instant at) {
            return dateTime.format(at.atZone(SurveyDeadline.TOKYO));
        }

        Locale locale() {
            return locale;
        }
    }

    /** One copy being written. */
    private static final class Copy {
        private final Texts texts;

        Copy(Texts texts) {
            this.texts = texts;
        }

        void write(SubmissionReceipt receipt, OutputStream out) {
            try (PDDocument document = new PDDocument()) {
                PDType0Font font = PDType0Font.load(document, new ByteArrayInputStream(ReportFont.bytes()), true);
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(texts.text("receipt.title") + " " + receipt.submission().receipt().value());
                info.setCreator("kenpo-kennin");
                Layout layout = new Layout(document, font, receipt.submission().receipt().value());
                layout.heading(texts.text("receipt.title"), 16);
                layout.field(texts.text("receipt.number"), receipt.submission().receipt().value());
                layout.field(texts.text("receipt.submittedAt"), texts.dateTime(receipt.submission().submittedAt()));
                layout.field(texts.text("receipt.member"), receipt.memberName().written());
                layout.field(texts.text("receipt.insurer"), receipt.insurerName());
                layout.field(texts.text("receipt.survey"), receipt.surveyTitle());
                layout.field(texts.text("receipt.deadline"), texts.date(receipt.deadline().day()));
                receipt.dependents().stream().flatMap(d -> d.review().memberIncome().stream()).findFirst()
                        .ifPresent(income -> layout.field(texts.text("receipt.memberIncome"), texts.yen(income.yen())));

                layout.heading(texts.text("receipt.dependents", receipt.dependents().size()), 12);
                for (SubmissionReceipt.Covered covered : receipt.dependents()) {
                    dependent(layout, covered);
                }

                layout.heading(texts.text("receipt.next"), 12);
                layout.paragraph(texts.text("receipt.next.review"), BODY, 0);
                layout.paragraph(texts.text("receipt.next.more", texts.date(receipt.deadline().day())), BODY, 0);
                layout.paragraph(texts.text("receipt.next.result"), BODY, 0);
                layout.paragraph(texts.text("receipt.next.contact"), BODY, 0);
                layout.gap(6);
                layout.paragraph(texts.text("receipt.generated", receipt.submission().receipt().value()), 8, 0);
                layout.finish();
                document.save(new Unclosed(out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void dependent(Layout layout, SubmissionReceipt.Covered covered) {
            DependentReview review = covered.review();
            Dependent dependent = review.dependent();
            layout.subheading(texts.text("receipt.dependent", dependent.name().written(), dependent.relationship().term(),
                    texts.bundle.containsKey("receipt.relationship." + dependent.relationship().kind().name())
                            ? texts.text("receipt.relationship." + dependent.relationship().kind().name()) : ""));
            if (covered.sentBackSince()) {
                layout.paragraph(texts.text("receipt.sentBack"), BODY, 10);
            } else if (review.response().noLongerEligible().isPresent()) {
                NoLongerEligible loss = review.response().noLongerEligible().get();
                layout.paragraph(texts.text("receipt.loss", texts.date(loss.since()), texts.text("receipt.lossReason." + loss.reason().name())),
                        BODY, 10);
            } else {
                var answers = review.response().answers();
                for (Question q : answers.applicable(dependent.relationship().kind())) {
                    if (q != Question.MEMBER_INCOME && answers.raw(q).isPresent()) {
                        layout.field(texts.text("receipt.question." + q.name()), answer(q, answers.raw(q).get()), 10);
                    }
                }
                review.judgement().ifPresent(j -> layout.paragraph(texts.text("receipt.judgement." + j.getClass().getSimpleName()),
                        BODY, 10));
            }
            layout.paragraph(texts.text("receipt.files"), BODY, 10);
            if (covered.files().isEmpty()) {
                layout.paragraph(texts.text("receipt.noFiles"), BODY, 20);
            }
            for (SurveyDocument file : covered.files()) {
                String kind = ReasonTexts.text(file.kind(), texts.locale());
                layout.paragraph(texts.text(file.rejected() ? "receipt.file.rejected" : "receipt.file", kind, file.fileName()),
                        BODY, 20);
            }
            layout.gap(4);
        }

        private String answer(Question q, String raw) {
            if (CHOICES.contains(q)) {
                return texts.text("receipt.question." + q.name() + "." + raw);
            }
            if (q == Question.PARENT_SUPPORT_REASON) {
                return raw;
            }
            try {
                return texts.yen(Long.parseLong(raw));
            } catch (NumberFormatException e) {
                return raw;
            }
        }


        /** Places text top to bottom, wrapping long lines and starting a new page (with a running head) when full. */
        private final class Layout {
            private final PDDocument document;
            private final PDType0Font font;
            private final String receiptNumber;
            private PDPageContentStream content;
            private float y;

            Layout(PDDocument document, PDType0Font font, String receiptNumber) throws IOException {
                this.document = document;
                this.font = font;
                this.receiptNumber = receiptNumber;
                newPage(false);
            }

            private void newPage(boolean continued) throws IOException {
                if (content != null) {
                    content.close();
                }
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                content = new PDPageContentStream(document, page);
                y = PAGE.getHeight() - MARGIN;
                if (continued) {
                    String head = texts.text("receipt.runningHead", texts.text("receipt.title"), receiptNumber);
                    text(MARGIN, y - 8, head, 8);
                    y -= 14;
                    rule(y);
                    y -= 10;
                }
            }

            private void room(float height) {
                if (y - height < MARGIN + FOOT) {
                    try {
                        newPage(true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            void heading(String title, float size) {
                // A heading never stands alone at the foot of a page: room for it and three lines.
                room(size + 14 + 3 * (BODY + 5));
                y -= 8;
                text(MARGIN, y - size, title, size);
                y -= size + 6;
                rule(y);
                y -= 8;
            }

            void subheading(String title) {
                room(11 + 10 + 3 * (BODY + 5));
                y -= 4;
                text(MARGIN, y - 11, title, 11);
                y -= 11 + 7;
            }

            void field(String label, String value) {
                field(label, value, 0);
            }

            /** "label：value", the value wrapped under itself. */
            void field(String label, String value, float indent) {
                paragraph(texts.text("receipt.field", label, value), BODY, indent);
            }

            /** {@code text} wrapped to the page width at any character (Japanese has no spaces to break at). */
            void paragraph(String text, float size, float indent) {
                float width = PAGE.getWidth() - 2 * MARGIN - indent;
                for (String line : wrap(text, size, width)) {
                    room(size + 5);
                    text(MARGIN + indent, y - size, line, size);
                    y -= size + 5;
                }
            }

            void gap(float height) {
                y -= height;
            }

            private List<String> wrap(String text, float size, float width) {
                List<String> lines = new ArrayList<>();
                for (String paragraph : text.replace("\r", "").split("\n", -1)) {
                    int start = 0;
                    while (start < paragraph.length()) {
                        int end = start;
                        while (end < paragraph.length()) {
                            int next = paragraph.offsetByCodePoints(end, 1);
                            if (width(paragraph.substring(start, next), size) > width && end > start) {
                                break;
                            }
                            end = next;
                        }
                        // Hanging punctuation: a closing mark never starts a line (禁則), it stays at the end of the last.
                        while (end < paragraph.length() && CLOSING.indexOf(paragraph.charAt(end)) >= 0) {
                            end++;
                        }
                        lines.add(paragraph.substring(start, end));
                        start = end;
                    }
                    if (paragraph.isEmpty()) {
                        lines.add("");
                    }
                }
                return lines;
            }

            private void text(float x, float baseline, String text, float size) {
                try {
                    content.beginText();
                    content.setFont(font, size);
                    content.newLineAtOffset(x, baseline);
                    content.showText(printable(text));
                    content.endText();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private void rule(float at) {
                try {
                    content.setLineWidth(0.5f);
                    content.moveTo(MARGIN, at);
                    content.lineTo(PAGE.getWidth() - MARGIN, at);
                    content.stroke();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private float width(String text, float size) {
                try {
                    return font.getStringWidth(printable(text)) / 1000 * size;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            /** A character the font lacks (a rare kanji, an emoji in a file name) prints as 〓 rather than failing the whole copy. */
            private String printable(String text) {
                StringBuilder out = new StringBuilder(text.length());
                text.codePoints().forEach(cp -> {
                    String one = new String(Character.toChars(cp));
                    boolean has;
                    try {
                        has = !Character.isISOControl(cp) && font.encode(one).length > 0;
                    } catch (IOException | IllegalArgumentException e) {
                        has = false;
                    }
                    out.append(has ? one : "〓");
                });
                return out.toString();
            }

            /** Closes the last page and numbers every page "n / N" at its foot. */
            void finish() throws IOException {
                content.close();
                int pages = document.getNumberOfPages();
                for (int i = 0; i < pages; i++) {
                    try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                            PDPageContentStream.AppendMode.APPEND, true, true)) {
                        content = foot;
                        String number = texts.text("receipt.page", String.valueOf(i + 1), String.valueOf(pages));
                        text((PAGE.getWidth() - width(number, 8)) / 2, MARGIN / 2 + 4, number, 8);
                    }
                }
            }
        }
    }
}
