package org.uptake.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.uptake.offers.export.ParticipantExport;

/** Lists opened in a spreadsheet must not run what participants typed into their names. */
class ParticipantExportTest {

    private static final List<String> HEADER = List.of("Name", "E-mail");
    private static final List<List<String>> ROWS = List.of(List.of("=HYPERLINK(\"http://evil\",\"x\")", "a@b.c"),
            List.of("+49 39 1234", "-x@y.z"), List.of("Kari Nordmann", "kari@example.org"));

    @Test
    void csvCellsThatLookLikeFormulasStayText() {
        String csv = new String(ParticipantExport.csv(HEADER, ROWS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,E-mail")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", "'+49 39 1234", "'-x@y.z", "Kari Nordmann");
    }

    @Test
    void xlsxCellsAreTextWithoutFormulas() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                ParticipantExport.xlsx("2027-03-01", HEADER, ROWS)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Kari Nordmann");
        }
    }
}
