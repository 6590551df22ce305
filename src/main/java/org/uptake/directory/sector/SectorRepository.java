package org.uptake.directory.sector;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectorRepository extends JpaRepository<Sector, String> {

    @Query("""
            select s from Sector s
            where (:level < 0 or s.level = :level)
              and (:q = '' or upper(s.code) like concat(upper(:q), '%')
                   or lower(s.nameEn) like concat('%', lower(:q), '%')
                   or lower(s.nameDe) like concat('%', lower(:q), '%')
                   or lower(s.nameNb) like concat('%', lower(:q), '%'))
            order by s.section, s.code""")
    List<Sector> search(int level, String q, Pageable pageable);

    List<Sector> findByLevelOrderByCode(short level);
}
