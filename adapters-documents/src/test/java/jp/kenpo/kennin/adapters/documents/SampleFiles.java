package jp.kenpo.kennin.adapters.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of every kind the tests need, made on the spot; nothing is downloaded, nobody is in them. */
final class SampleFiles {
    private SampleFiles() {
    }

    static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] png(int width, int height) {
        return image("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] gif() {
        return image("gif", 20, 10, BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] image(String format, int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.drawString("住民票", 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small valid PNG whose IHDR (with a correct CRC) claims other dimensions. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = png(4, 4);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A small valid JPEG whose SOF0 segment claims other dimensions. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(8, 8);
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("ImageIO wrote no SOF0 segment");
    }

    /** The start of a JPEG, cut before the frame header that carries its dimensions. */
    static byte[] truncatedJpeg() {
        return Arrays.copyOf(jpeg(64, 48), 24);
    }

    static byte[] pdf(int pages) {
        return pdf(pages, document -> {
        });
    }

    /** A PDF of text pages, changed by {@code tamper} before it is saved. */
    static byte[] pdf(int pages, Consumer<PDDocument> tamper) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text.newLineAtOffset(72, 700);
                    text.showText("Certificate of income, page " + i);
                    text.endText();
                }
            }
            tamper.accept(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] corruptPdf() {
        return "%PDF-1.7\n\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj garbage ]] >> <<"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A minimal HEIF still image as ISO-BMFF boxes: {@code ftyp} with brand {@code heic}, a
     * {@code meta} box with a picture handler and one {@code ispe} property per size given
     * (width, height pairs), then a few bytes of media data.
     */
    static byte[] heic(long... widthHeightPairs) {
        ByteArrayOutputStream properties = new ByteArrayOutputStream();
        for (int i = 0; i < widthHeightPairs.length; i += 2) {
            properties.writeBytes(fullBox("ispe", ByteBuffer.allocate(8)
                    .putInt((int) widthHeightPairs[i]).putInt((int) widthHeightPairs[i + 1]).array()));
        }
        byte[] handler = fullBox("hdlr", concat(new byte[4], ascii("pict"), new byte[12], new byte[1]));
        byte[] meta = fullBox("meta", concat(handler, box("iprp", box("ipco", properties.toByteArray()))));
        byte[] ftyp = box("ftyp", concat(ascii("heic"), new byte[4], ascii("mif1"), ascii("heic")));
        return concat(ftyp, meta, box("mdat", new byte[64]));
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(ascii("<w:document/>"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] html() {
        return ascii("<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n");
    }

    static byte[] svg() {
        return ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script></svg>\n");
    }

    /** The DOS/PE header of a Windows executable. */
    static byte[] exe() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        ByteBuffer.wrap(exe).putInt(0x3C, 0x80).position(0x80).put(ascii("PE\0\0"));
        return exe;
    }

    /** Where an ASCII marker (a box type, a chunk name) first occurs in a file. */
    static int indexOf(byte[] file, String marker) {
        byte[] needle = ascii(marker);
        for (int i = 0; i + needle.length <= file.length; i++) {
            if (Arrays.equals(file, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(marker + " not found");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] box(String type, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt(8 + payload.length).put(ascii(type)).put(payload).array();
    }

    private static byte[] fullBox(String type, byte[] payload) {
        return box(type, concat(new byte[4], payload));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
