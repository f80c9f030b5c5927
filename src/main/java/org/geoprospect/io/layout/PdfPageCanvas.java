package org.geoprospect.io.layout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.geoprospect.render.Colors;
import org.geoprospect.render.layout.PageCanvas;
import org.geoprospect.render.layout.Rect;
import org.geoprospect.render.layout.TextStyle;

/**
 * A {@link PageCanvas} writing PDF operators into one page's content stream: text as text in the embedded
 * Liberation Sans (selectable, searchable, sharp at any zoom), rectangles and polygons as paths, images as
 * lossless image objects (an opaque one without a soft mask). Page coordinates are flipped to PDF's
 * bottom-left origin. Not thread-safe; close it to finish the content stream.
 */
final class PdfPageCanvas implements PageCanvas, AutoCloseable {
    private final PDDocument document;
    private final PDPageContentStream stream;
    private final LayoutPdfFonts fonts;
    private final double pageHeight;

    PdfPageCanvas(PDDocument document, PDPageContentStream stream, LayoutPdfFonts fonts, double pageHeight) {
        this.document = document;
        this.stream = stream;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    @Override
    public void fillRect(Rect r, int argb) {
        try {
            colour(argb, false);
            stream.addRect((float) r.x(), (float) (pageHeight - r.bottom()), (float) r.width(), (float) r.height());
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokeRect(Rect r, double lineWidth, int argb) {
        try {
            colour(argb, true);
            stream.setLineWidth((float) lineWidth);
            stream.addRect((float) r.x(), (float) (pageHeight - r.bottom()), (float) r.width(), (float) r.height());
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillPolygon(double[] xy, int argb) {
        try {
            colour(argb, false);
            path(xy);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void strokePolygon(double[] xy, double lineWidth, int argb) {
        try {
            colour(argb, true);
            stream.setLineWidth((float) lineWidth);
            path(xy);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        try {
            PDFont font = fonts.font(style.bold());
            colour(style.argb(), false);
            stream.beginText();
            stream.setFont(font, (float) style.sizePt());
            stream.newLineAtOffset((float) x, (float) (pageHeight - baseline));
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void image(BufferedImage image, Rect r, boolean opaque) {
        try {
            BufferedImage source = image;
            if (opaque && image.getColorModel().hasAlpha()) {
                // Without alpha, PDFBox writes no soft mask: a smaller file, and viewers draw it faster.
                source = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                source.getGraphics().drawImage(image, 0, 0, null);
            }
            PDImageXObject object = LosslessFactory.createFromImage(document, source);
            stream.drawImage(object, (float) r.x(), (float) (pageHeight - r.bottom()), (float) r.width(), (float) r.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(double[] xy) throws IOException {
        stream.moveTo((float) xy[0], (float) (pageHeight - xy[1]));
        for (int i = 2; i < xy.length; i += 2) {
            stream.lineTo((float) xy[i], (float) (pageHeight - xy[i + 1]));
        }
        stream.closePath();
    }

    private void colour(int argb, boolean stroking) throws IOException {
        float r = Colors.red(argb) / 255f;
        float g = Colors.green(argb) / 255f;
        float b = Colors.blue(argb) / 255f;
        PDExtendedGraphicsState state = new PDExtendedGraphicsState();
        float alpha = Colors.alpha(argb) / 255f;
        if (stroking) {
            stream.setStrokingColor(r, g, b);
            state.setStrokingAlphaConstant(alpha);
        } else {
            stream.setNonStrokingColor(r, g, b);
            state.setNonStrokingAlphaConstant(alpha);
        }
        if (alpha < 1) {
            stream.setGraphicsStateParameters(state);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
