package org.shopsuite.desktop.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintResolution;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a document the server rendered as a PDF, as it is: each page drawn at the printer's
 * resolution and printed on its own A4 sheet, scaled to fit the printable area. What is printed is
 * the document, never a picture of the screen.
 */
public final class Printing {
    /** Finer than this adds memory, not sharpness, to a page of text. */
    private static final int MAX_DPI = 300;

    private static final int MIN_DPI = 150;

    private Printing() {}

    /** What became of a print. */
    public enum Result {
        PRINTED,
        CANCELLED,
        NO_PRINTER,
        FAILED
    }

    /**
     * Asks where to print (the dialog owned by {@code owner}) and prints every page of {@code pdf},
     * one per A4 sheet; NO_PRINTER when the computer has none.
     */
    public static Result print(Window owner, byte[] pdf, String jobName) {
        return print(owner, pdf, jobName, java.util.Locale.getDefault());
    }

    /**
     * As above, the print dialog in {@code language} (the JDK's dialog speaks the default locale's
     * language, so it is set for the dialog's time and restored).
     */
    public static Result print(Window owner, byte[] pdf, String jobName, java.util.Locale language) {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(language);
        try {
            return printIn(owner, pdf, jobName);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static Result printIn(Window owner, byte[] pdf, String jobName) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return Result.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Result.NO_PRINTER;
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Result.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout a4 =
                printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(a4);
        PrintResolution resolution = job.getJobSettings().getPrintResolution();
        int dpi = resolution == null ? MIN_DPI : Math.max(MIN_DPI, Math.min(MAX_DPI, resolution.getFeedResolution()));
        for (WritableImage page : pages(pdf, dpi)) {
            if (!job.printPage(a4, fitted(page, a4))) {
                job.cancelJob();
                return Result.FAILED;
            }
        }
        return job.endJob() ? Result.PRINTED : Result.FAILED;
    }

    /** Where a saved document goes first: the user's Documents folder, else their home folder. */
    public static java.io.File documentsFolder() {
        java.io.File home = new java.io.File(System.getProperty("user.home"));
        java.io.File documents = new java.io.File(home, "Documents");
        return documents.isDirectory() ? documents : home;
    }

    /** A page image scaled, keeping its proportions, to the layout's printable area. */
    static ImageView fitted(WritableImage page, PageLayout layout) {
        ImageView view = new ImageView(page);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        return view;
    }

    /** The pages of a PDF as images at {@code dpi} dots per inch: what the printer is sent. */
    public static List<WritableImage> pages(byte[] pdf, int dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<WritableImage> out = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                out.add(image(renderer.renderImageWithDPI(i, dpi, ImageType.RGB)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WritableImage image(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int[] argb = page.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
