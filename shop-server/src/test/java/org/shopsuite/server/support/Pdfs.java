package org.shopsuite.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** An invoice's PDF as a client downloads it, and its text. */
public final class Pdfs {
    private Pdfs() {}

    public static byte[] invoice(Api api, long id) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.base() + "/invoices/" + id + ".pdf"))
                                    .header("Authorization", "Bearer " + api.token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of an invoice's PDF, runs of white space as one space. */
    public static String invoiceText(Api api, long id) {
        try (var pdf = Loader.loadPDF(invoice(api, id))) {
            return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00A0\\u3000]+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
