package org.dialogue.meetings.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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

    private static boolean diagonal(TextPosition text) {
        Matrix matrix = text.getTextMatrix();
        return Math.abs(matrix.getShearX()) > 0.01f && Math.abs(matrix.getShearY()) > 0.01f;
    }
}
