package org.foiplatform.response.infrastructure.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/**
 * Writes a letter's XHTML as an A4 PDF with openhtmltopdf and PDFBox. The fonts travel with the service (Liberation
 * Sans, metrically the same as Arial, under the name Arial) and are embedded, so the PDF reads the same everywhere;
 * the PDF is tagged for PDF/UA as far as the library goes, with its title and language from the page. Nothing is
 * fetched from the network: a logo is a data URI.
 */
@ApplicationScoped
public class PdfWriter {

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final List<byte[]> fonts;

    public PdfWriter() {
        this.fonts = FACES.stream().map(f -> resource("fonts/" + f.file())).toList();
    }

    public byte[] write(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            for (int i = 0; i < FACES.size(); i++) {
                byte[] font = fonts.get(i);
                Face face = FACES.get(i);
                for (String family : List.of("Arial", "Liberation Sans")) {
                    builder.useFont(() -> new java.io.ByteArrayInputStream(font), family, face.weight(), face.style(),
                            true);
                }
            }
            builder.usePdfUaAccessibility(true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter as a PDF", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the service");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
