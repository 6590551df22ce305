package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.platform.Language.NB;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Journey 5: a Norwegian craft business owner fills in the digital maturity questionnaire page by page, leaves and
 * comes back, submits, sees the radar chart and downloads the PDF report, all in Norwegian Bokmål.
 */
class AssessmentJourneyTest extends BrowserTest {

    @Test
    void fillsInEveryPageInNorwegianSubmitsAndGetsChartAndReport() throws Exception {
        TestAccount owner = existingAccount(NB);
        String firm = "Røros Smie " + UUID.randomUUID().toString().substring(0, 8);
        api(owner).post("/api/v1/organisations", Map.of("name", firm, "type", "SME", "nutsCode", "NO060",
                "naceCode", "25.50", "employees", 4));
        signIn(owner);

        AssessmentStepPage page = AssessmentListPage.open(browser).start("dma-sme");
        assertThat(page.language()).isEqualTo("nb");
        assertThat(page.heading()).isEqualTo("Digital forretningsstrategi");
        assertThat(page.position()).isEqualTo(text(NB, "assessment.step.position", 1, 6));
        Accessibility.assertNoSeriousViolations(browser.driver());

        // Page 1, then back: the draft keeps what was ticked.
        page = (AssessmentStepPage) page.tickFirst(3).saveAndContinue();
        assertThat(page.successMessage()).isEqualTo(text(NB, "assessment.draft.saved"));
        page = page.back();
        assertThat(page.isTicked("i-Q1-1-planned")).isTrue();
        assertThat(page.isTicked("i-Q2-3")).isTrue();
        assertThat(page.isTicked("i-Q2-4")).isFalse();

        Page next = page.saveAndContinue();
        for (int step = 2; step <= 6; step++) {
            AssessmentStepPage current = (AssessmentStepPage) next;
            assertThat(current.position()).isEqualTo(text(NB, "assessment.step.position", step, 6));
            current.answerEveryRow(3).tickFirst(2);
            if (step == 4) {
                // Q7.2 "data is not collected digitally" excludes the other Q7 answers: refused, nothing saved.
                AssessmentStepPage refused = (AssessmentStepPage) current.saveAndContinue();
                assertThat(refused.position()).isEqualTo(text(NB, "assessment.step.position", 4, 6));
                assertThat(refused.errorOf("Q7")).startsWith("«").contains(text(NB, "assessment.step.exclusive", "")
                        .substring(3));
                Accessibility.assertNoSeriousViolations(browser.driver());
                current = refused.toggle("i-Q7-2");
            }
            next = current.saveAndContinue();
        }

        AssessmentReviewPage review = (AssessmentReviewPage) next;
        assertThat(review.heading()).isEqualTo(text(NB, "assessment.review.title"));
        assertThat(review.canSubmit()).isTrue();
        AssessmentResultsPage results = review.submitAssessment();

        assertThat(results.successMessage()).isEqualTo(text(NB, "assessment.submitted.done"));
        assertThat(results.heading()).isEqualTo(text(NB, "assessment.results.heading", firm));
        assertThat(results.radarDimensions()).containsExactly("Digital forretningsstrategi", "Digital beredskap",
                "Digitalisering med mennesket i sentrum", "Databehandling og tilknytning",
                "Automatisering og kunstig intelligens", "Grønn digitalisering");
        // The chart draws the scores the tables show (the page writes them with a decimal comma).
        assertThat(results.radarValues().stream().map(v -> String.format(java.util.Locale.forLanguageTag("nb"),
                "%.1f", v.doubleValue())).toList()).isEqualTo(results.dimensionScores());
        Accessibility.assertNoSeriousViolations(browser.driver());

        HttpResponse<byte[]> pdf = download(results.reportHref());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Digital modenhet for Røros Smie", "Samlet resultat", "Grønn digitalisering",
                    results.level());
        }
    }

    /** Fetches a link with the browser's session, as the browser's download would. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        String cookies = String.join("; ", browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrlForDownloads() + href))
                .header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
