package org.shopsuite.server.service.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shopsuite.server.service.ApiException;

/**
 * An A4 document written top to bottom, a new page when one is full, in NanumGothic embedded so
 * Korean shows on any computer: what every document the shop prints is made with (the invoice, the
 * work order, the claim ticket).
 */
public final class PdfPage {
    public static final float MARGIN = 50;
    public static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

    /**
     * Renders at a time. Each render parses the embedded font (~4 MB) into tens of MB of heap; without
     * a bound, 18 concurrent downloads ran a 128 MB server out of memory. Others wait their turn.
     */
    private static final Semaphore RENDERS = new Semaphore(2, true);

    /** What a document writes on its pages. */
    @FunctionalInterface
    public interface Body {
        void write(PdfPage page) throws IOException;
    }

    private final PDDocument doc;
    private final PDType0Font font;
    private PDPageContentStream out;
    private float y;

    private PdfPage(PDDocument doc, PDType0Font font) throws IOException {
        this.doc = doc;
        this.font = font;
        newPage();
    }

    /** The document's bytes; a 503 when too many are being rendered. */
    public static byte[] render(Body body) {
        try {
            if (!RENDERS.tryAcquire(20, TimeUnit.SECONDS)) {
                throw new ApiException(
                        503, "Busy", "Too many documents are being rendered; try again shortly.", List.of());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Busy", "Interrupted while waiting to render.", List.of());
        }
        try (PDDocument doc = new PDDocument();
                InputStream fontFile = PdfPage.class.getResourceAsStream("/fonts/NanumGothic.ttf")) {
            PdfPage page = new PdfPage(doc, PDType0Font.load(doc, fontFile));
            body.write(page);
            page.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            RENDERS.release();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Room for {@code height} more points on this page, or a new page. */
    public void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    /**
     * Draws word by word: NanumGothic's space glyph has no Unicode mapping in the subset, so a
     * drawn space would copy out of the PDF as NUL; gaps make readers insert real spaces.
     */
    public void text(String s, float size, float x) throws IOException {
        if (s == null || s.isBlank()) {
            return;
        }
        float space = gap(size);
        float at = x;
        for (String word : s.split(" ", -1)) {
            if (!word.isEmpty()) {
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(at, y);
                out.showText(word);
                out.endText();
                at += width(word, size);
            }
            at += space;
        }
    }

    public void right(String s, float size, float rightEdge) throws IOException {
        float space = gap(size);
        float total = 0;
        for (String word : s.split(" ", -1)) {
            total += width(word, size) + space;
        }
        text(s, size, rightEdge - (total - space));
    }

    /** A line of text across the page (wrapped when it is longer), then down by its height. */
    public void line(String s, float size) throws IOException {
        wrapped(s, size, MARGIN, WIDTH - 2 * MARGIN);
    }

    /**
     * Text wrapped to {@code maxWidth} (at spaces, or inside a word too long for a line), one line
     * after the other from {@code x}; line breaks in the text are kept. Nothing is cut.
     */
    public void wrapped(String s, float size, float x, float maxWidth) throws IOException {
        for (String row : lines(s, size, maxWidth)) {
            need(size + 4);
            text(row, size, x);
            down(size + 4);
        }
    }

    /** The lines {@link #wrapped} would draw. */
    public List<String> lines(String s, float size, float maxWidth) throws IOException {
        List<String> rows = new ArrayList<>();
        if (s == null) {
            return rows;
        }
        for (String paragraph : s.split("\n", -1)) {
            StringBuilder row = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+", -1)) {
                String candidate = row.isEmpty() ? word : row + " " + word;
                if (width(candidate, size) <= maxWidth) {
                    row.setLength(0);
                    row.append(candidate);
                    continue;
                }
                if (!row.isEmpty()) {
                    rows.add(row.toString());
                    row.setLength(0);
                }
                String rest = word;
                while (width(rest, size) > maxWidth) {
                    int cut = rest.offsetByCodePoints(0, 1);
                    while (cut < rest.length()
                            && width(rest.substring(0, rest.offsetByCodePoints(cut, 1)), size) <= maxWidth) {
                        cut = rest.offsetByCodePoints(cut, 1);
                    }
                    rows.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                row.append(rest);
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** A word gap of a third of an em: wide Hangul glyphs need it to read, and to copy out, as a space. */
    private float gap(float size) throws IOException {
        return Math.max(font.getSpaceWidth() / 1000 * size, size / 3);
    }

    public float width(String word, float size) throws IOException {
        return font.getStringWidth(word) / 1000 * size;
    }

    public void rule() throws IOException {
        out.moveTo(MARGIN, y);
        out.lineTo(WIDTH - MARGIN, y);
        out.stroke();
    }

    /** A box for the receipt number or a signature: its top-left corner here. */
    public void box(float x, float width, float height) throws IOException {
        out.addRect(x, y - height, width, height);
        out.stroke();
    }

    public void down(float by) {
        y -= by;
    }
}
