package org.uptake.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.platform.Problems;

/** Unknown API paths answer with a problem document rather than an HTML error page. */
@RestController
class ApiFallbackController {

    private final Problems problems;

    ApiFallbackController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound() {
        return problems.respond(HttpStatus.NOT_FOUND, "problem.detail.404");
    }
}
