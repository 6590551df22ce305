package org.uptake.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Text that organisers format with Markdown (emphasis, lists, links), rendered safely: raw HTML is shown as text,
 * link targets other than http, https and mailto are dropped. Pass the HTML to the template and show it with {@code th:utext}.
 */
@Component("markdown")
public class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String html(String text) {
        return text == null || text.isBlank() ? "" : RENDERER.render(PARSER.parse(text));
    }
}
