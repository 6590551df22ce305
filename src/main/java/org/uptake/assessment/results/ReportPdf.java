package org.uptake.assessment.results;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.uptake.platform.PdfRenderer;

/** The results as a PDF report, rendered from the template fragment the results page uses. */
@Component
public class ReportPdf {

    private final PdfRenderer pdf;

    ReportPdf(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    public byte[] render(ResultsView results, Locale locale) {
        return pdf.render("assessment/report", Map.of("r", results), locale);
    }

    /** A file name such as {@code uptake-dma-sme-T1.pdf}. */
    public static String fileName(ResultsView results) {
        return "uptake-" + results.questionnaireKey() + "-" + results.stage() + ".pdf";
    }
}
