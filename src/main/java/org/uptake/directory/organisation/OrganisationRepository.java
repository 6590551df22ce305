package org.uptake.directory.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.uptake.directory.OrganisationType;
import org.uptake.directory.SizeClass;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID>, JpaSpecificationExecutor<Organisation> {

    List<Organisation> findByTypeInOrderByName(Collection<OrganisationType> types);

    /** Search and filters of the organisation list; every part is optional. */
    record Filter(String q, OrganisationType type, String region, String sector, SizeClass size) {

        Specification<Organisation> toSpecification() {
            Specification<Organisation> spec = Specification.unrestricted();
            if (q != null && !q.isBlank()) {
                String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), like, '\\'));
            }
            if (type != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
            }
            if (region != null && !region.isBlank()) {
                String prefix = region.strip().toUpperCase(Locale.ROOT) + "%";
                spec = spec.and((root, query, cb) -> cb.like(root.get("nutsCode"), prefix));
            }
            if (sector != null && !sector.isBlank()) {
                String code = sector.strip().toUpperCase(Locale.ROOT);
                spec = spec.and(code.matches("[A-U]")
                        ? (root, query, cb) -> cb.equal(root.get("naceSection"), code)
                        : (root, query, cb) -> cb.like(root.get("naceCode"), code + "%"));
            }
            if (size != null) {
                spec = spec.and((root, query, cb) -> cb.equal(root.get("sizeClass"), size));
            }
            return spec;
        }
    }
}
