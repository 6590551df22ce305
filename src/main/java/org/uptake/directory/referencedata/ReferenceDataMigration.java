package org.uptake.directory.referencedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the NUTS regions and NACE sectors shipped in {@code directory/reference} (see NOTICE) as a Flyway
 * migration, so that every node and every database gets them exactly once, under Flyway's lock.
 * NUTS: the 2021 codes of all countries, EU labels updated from the 2024 classification where they differ.
 */
@Component
class ReferenceDataMigration implements JavaMigration {

    private static final String BASE = "directory/reference/";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.11.23.03");
    }

    @Override
    public String getDescription() {
        return "NUTS and NACE reference data";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        insertRegions(connection, regions());
        insertSectors(connection, sectors());
    }

    record RegionRow(String code, String name) {
        int level() {
            return code.length() - 2;
        }

        String parent() {
            return level() == 0 ? null : code.substring(0, code.length() - 1);
        }
    }

    record SectorRow(String code, String section, int level, String parent, String en, String de, String nb) {
    }

    static List<RegionRow> regions() throws IOException {
        Map<String, RegionRow> rows = new LinkedHashMap<>();
        try (Reader reader = reader("nuts-2021.csv")) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                rows.put(record.get("NUTS_ID"), new RegionRow(record.get("NUTS_ID"), record.get("NAME_LATN").strip()));
            }
        }
        try (InputStream in = new ClassPathResource(BASE + "nuts-2024-eu.yaml").getInputStream()) {
            List<Map<String, Object>> updates = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (Map<String, Object> update : updates) {
                String code = String.valueOf(update.get("NUTS Code"));
                String label = String.valueOf(update.get("NUTS label")).strip();
                rows.computeIfPresent(code, (key, row) -> new RegionRow(key, label));
            }
        }
        return rows.values().stream().sorted(Comparator.comparingInt(RegionRow::level).thenComparing(RegionRow::code))
                .toList();
    }

    static List<SectorRow> sectors() throws IOException {
        Map<String, String[]> sectionNames = new HashMap<>();
        try (Reader reader = reader("nace-sections-de-nb.csv")) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter('|').setHeader().setSkipHeaderRecord(true)
                    .get().parse(reader)) {
                sectionNames.put(record.get("section"), new String[] {record.get("de"), record.get("nb")});
            }
        }
        List<Map<String, Object>> nace;
        try (InputStream in = new ClassPathResource(BASE + "nace-r2.json").getInputStream()) {
            nace = JsonMapper.builder().build().readValue(in, new TypeReference<>() { });
        }
        return nace.stream().map(entry -> {
            String section = (String) entry.get("section");
            int level = ((Number) entry.get("level")).intValue();
            String name = ((String) entry.get("name")).strip();
            if (level == 1) {
                String[] translated = sectionNames.get(section);
                return new SectorRow(section, section, 1, null, sentenceCase(name), translated[0], translated[1]);
            }
            String code = (String) entry.get("code");
            String parent = switch (level) {
                case 2 -> section;
                case 3 -> code.substring(0, 2);
                default -> code.substring(0, 4);
            };
            return new SectorRow(code, section, level, parent, name, null, null);
        }).sorted(Comparator.comparingInt(SectorRow::level).thenComparing(SectorRow::code)).toList();
    }

    private static void insertRegions(Connection connection, List<RegionRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (code, name, level, country_code, parent_code) values (?, ?, ?, ?, ?)")) {
            for (RegionRow row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.name());
                insert.setShort(3, (short) row.level());
                insert.setString(4, row.code().substring(0, 2));
                insert.setString(5, row.parent());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertSectors(Connection connection, List<SectorRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into sector "
                + "(code, section, level, parent_code, name_en, name_de, name_nb) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (SectorRow row : rows) {
                insert.setString(1, row.code());
                insert.setString(2, row.section());
                insert.setShort(3, (short) row.level());
                insert.setString(4, row.parent());
                insert.setString(5, row.en());
                if (row.de() == null) {
                    insert.setNull(6, Types.VARCHAR);
                    insert.setNull(7, Types.VARCHAR);
                } else {
                    insert.setString(6, row.de());
                    insert.setString(7, row.nb());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Reader reader(String file) throws IOException {
        return new InputStreamReader(new ClassPathResource(BASE + file).getInputStream(), StandardCharsets.UTF_8);
    }

    private static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
