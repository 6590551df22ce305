package org.uptake.directory.region;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionRepository extends JpaRepository<Region, String> {

    /** Regions whose code starts with or whose name contains {@code q}; filters are optional ('' or -1). */
    @Query("""
            select r from Region r
            where (:country = '' or r.countryCode = :country)
              and (:level < 0 or r.level = :level)
              and (:q = '' or upper(r.code) like concat(upper(:q), '%') or lower(r.name) like concat('%', lower(:q), '%'))
            order by r.code""")
    List<Region> search(String country, int level, String q, Pageable pageable);
}
