package org.dialogue.meetings.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Test only: reads the text of a PDF back with PDFBox, as a reader sees it. */
final class PdfText {

    private PdfText() {
    }

    /**
     * The text, top to bottom and left to right, with every run of white space (line ends too) as one space. The
     * diagonal mark is left out: its letters would otherwise be sorted into the lines it crosses.
     */
    static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!diagonal(text)) {
                        super.processTextPosition(text);
                    }
                }
            };
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The text of each page, in page order, as {@link #of} gives the whole. */
    static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (!diagonal(text)) {
                            super.processTextPosition(text);
                        }
                    }
                };
                stripper.setSortByPosition(true);
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    /** The diagonal text of each page, in page order ("" for a page without any). */
    static List<String> diagonalMarks(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                StringBuilder mark = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (diagonal(text)) {
                            mark.append(text.getUnicode());
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(mark.toString());
            }
            return pages;
        }
    }

    /** How many characters of the PDF's text print the font's .notdef glyph (a box) for want of a glyph. */
    static int missingGlyphs(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] missing = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getFont() instanceof PDType0Font font) {
                        for (int code : text.getCharacterCodes()) {
                            try {
                                if (font.getDescendantFont().codeToGID(code) == 0) {
                                    missing[0]++;
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    }
                    if (text.getUnicode() == null || text.getUnicode().contains("\uFFFD")) {
                        missing[0]++;
                    }
                }
            };
            stripper.getText(document);
            return missing[0];
        }
    }

    /** The left and right edges of the first (top) line of the first page, in points from the page's left edge. */
    static float[] firstLineEdges(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!diagonal(text)) {
                        positions.add(text);
                    }
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            float top = positions.stream().map(TextPosition::getYDirAdj).min(Float::compare).orElseThrow();
            List<TextPosition> line = positions.stream().filter(p -> Math.abs(p.getYDirAdj() - top) < 1f).toList();
            float left = line.stream().map(TextPosition::getXDirAdj).min(Float::compare).orElseThrow();
            float right = line.stream().map(p -> p.getXDirAdj() + p.getWidthDirAdj()).max(Float::compare)
                    .orElseThrow();
            return new float[] {left, right};
        }
    }

    /**
     * The characters of the glyphs as they are drawn, left to right, before PDFBox turns Arabic presentation forms back
     * into letters and right-to-left runs back into reading order: shows the joined forms the PDF really prints.
     */
    static String drawn(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            stripper.getText(document);
            return drawn.toString();
        }
    }

    /** The text as {@link #of} reads it, Arabic presentation forms (joined letters) back to their letters (NFKC). */
    static String normalised(byte[] pdf) throws IOException {
        return Normalizer.normalize(of(pdf), Normalizer.Form.NFKC);
    }

    private static boolean diagonal(TextPosition text) {
        Matrix matrix = text.getTextMatrix();
        return Math.abs(matrix.getShearX()) > 0.01f && Math.abs(matrix.getShearY()) > 0.01f;
    }
}
