package org.uptake.directory.region;

import java.util.List;
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
@RequestMapping("/api/v1/regions")
@Tag(name = "Reference data")
class RegionApiController {

    private final RegionRepository regions;
    private final RegionPath paths;
    private final Problems problems;

    RegionApiController(RegionRepository regions, RegionPath paths, Problems problems) {
        this.regions = regions;
        this.paths = paths;
        this.problems = problems;
    }

    record RegionResponse(String code, String name, int level, String country, String countryName,
            String parentCode, String path) {
        static RegionResponse of(Region region, String path, Locale locale) {
            return new RegionResponse(region.getCode(), region.getName(), region.getLevel(), region.getCountryCode(),
                    region.countryName(locale), region.getParentCode(), path);
        }
    }

    @GetMapping
    @Operation(summary = "NUTS regions, filtered by country, level (0-3) and a code prefix or part of the name")
    ResponseEntity<?> search(@RequestParam(defaultValue = "") String country, @RequestParam(required = false) Integer level,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "100") int limit, Locale locale) {
        if (level != null && (level < 0 || level > 3)) {
            return problems.respond(HttpStatus.BAD_REQUEST, "region.levelRange");
        }
        if (q.length() > 100 || country.length() > 2) {
            return problems.respond(HttpStatus.BAD_REQUEST, "validation.tooLong");
        }
        List<RegionResponse> result = regions.search(country.toUpperCase(Locale.ROOT), level == null ? -1 : level,
                        q.strip(), PageRequest.of(0, Math.clamp(limit, 1, 2000)))
                .stream().map(region -> RegionResponse.of(region, null, locale)).toList();
        return ResponseEntity.ok(result);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One NUTS region with its path of parents")
    ResponseEntity<?> one(@PathVariable String code, Locale locale) {
        String normalized = code.toUpperCase(Locale.ROOT);
        return regions.findById(normalized)
                .<ResponseEntity<?>>map(region -> ResponseEntity.ok(RegionResponse.of(region,
                        paths.describe(normalized, locale), locale)))
                .orElseGet(() -> problems.respond(HttpStatus.NOT_FOUND, "region.unknown", code));
    }
}
