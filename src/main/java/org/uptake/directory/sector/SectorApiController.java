package org.uptake.directory.sector;

import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.platform.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/sectors")
@Tag(name = "Reference data")
class SectorApiController {

    private final SectorRepository sectors;
    private final Problems problems;

    SectorApiController(SectorRepository sectors, Problems problems) {
        this.sectors = sectors;
        this.problems = problems;
    }

    record SectorResponse(String code, String section, int level, String parentCode, String name) {
        static SectorResponse of(Sector sector, Locale locale) {
            return new SectorResponse(sector.getCode(), sector.getSection(), sector.getLevel(), sector.getParentCode(),
                    sector.name(locale));
        }
    }

    @GetMapping
    @Operation(summary = "NACE Rev. 2 activities by level (1 section .. 4 class) and code prefix or part of the name")
    ResponseEntity<?> search(@RequestParam(required = false) Integer level, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "100") int limit, Locale locale) {
        if (level != null && (level < 1 || level > 4)) {
            return problems.respond(HttpStatus.BAD_REQUEST, "sector.levelRange");
        }
        if (q.length() > 100) {
            return problems.respond(HttpStatus.BAD_REQUEST, "validation.tooLong");
        }
        return ResponseEntity.ok(sectors.search(level == null ? -1 : level, q.strip(),
                PageRequest.of(0, Math.clamp(limit, 1, 1000))).stream()
                .map(sector -> SectorResponse.of(sector, locale)).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "One NACE activity")
    ResponseEntity<?> one(@PathVariable String code, Locale locale) {
        return sectors.findById(code.toUpperCase(Locale.ROOT))
                .<ResponseEntity<?>>map(sector -> ResponseEntity.ok(SectorResponse.of(sector, locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "sector.unknown", code));
    }
}
