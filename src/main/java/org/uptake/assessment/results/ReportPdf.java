package org.uptake.assessment.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.uptake.platform.Language;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** The results as a PDF report, rendered by openhtmltopdf from the template fragment the results page uses. */
@Component
public class ReportPdf {

    private final SpringTemplateEngine templates;
    private final ApplicationContext application;

    ReportPdf(SpringTemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    public byte[] render(ResultsView results, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("r", results);
        context.setVariable("lang", Language.of(locale).tag());
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String xhtml = templates.process("assessment/report", context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name such as {@code uptake-dma-sme-T1.pdf}. */
    public static String fileName(ResultsView results) {
        return "uptake-" + results.questionnaireKey() + "-" + results.stage() + ".pdf";
    }
}
