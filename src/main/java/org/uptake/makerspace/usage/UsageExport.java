package org.uptake.makerspace.usage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A usage table (one row per kind of equipment or per venue, then the total) as CSV and XLSX. The first column is a
 * name, the others are figures: in the CSV written as plain numbers with a dot (utilisation and no-show rate as
 * fractions, 0.0789, as in the API), in the XLSX as numeric cells (rates formatted as percentages). A name a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe,
 * as the participant export of the offers does. Missing figures (no open hours, no attendance recorded) are empty.
 */
public final class UsageExport {

    /** Figure columns, in order, as in {@link UsageReport.Figures}; the rates are fractions. */
    public static final List<String> COLUMNS = List.of("bookings", "cancelled", "bookedHours", "openUnitHours",
            "units", "utilisation", "uniqueUsers", "newInductions", "attended", "noShows", "unrecorded",
            "noShowRate");

    private static final List<String> RATES = List.of("utilisation", "noShowRate");

    public record Line(String name, UsageReport.Figures figures) {
    }

    private UsageExport() {
    }

    /** The figures of one line in the order of {@link #COLUMNS}, {@code null} where there is none. */
    public static List<Number> values(UsageReport.Figures f) {
        List<Number> values = new ArrayList<>();
        values.add(f.bookings());
        values.add(f.cancelled());
        values.add(f.bookedHours());
        values.add(f.openUnitHours());
        values.add(f.units());
        values.add(f.utilisation());
        values.add(f.uniqueUsers());
        values.add(f.newInductions());
        values.add(f.attended());
        values.add(f.noShows());
        values.add(f.unrecorded());
        values.add(f.noShowRate());
        return values;
    }

    public static byte[] csv(List<String> header, List<Line> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(header.stream().map(UsageExport::safe).toArray(String[]::new))
                        .get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: spreadsheets then read UTF-8
            for (Line line : lines) {
                List<String> record = new ArrayList<>();
                record.add(safe(line.name()));
                values(line.figures()).forEach(v -> record.add(text(v)));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String safeName = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
            Sheet sheet = workbook.createSheet(safeName.substring(0, Math.min(31, safeName.length())));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(safe(header.get(i)));
            }
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(safe(lines.get(r).name()));
                List<Number> values = values(lines.get(r).figures());
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        Cell cell = row.createCell(c + 1);
                        cell.setCellValue(values.get(c).doubleValue());
                        if (RATES.contains(COLUMNS.get(c))) {
                            cell.setCellStyle(percent);
                        }
                    }
                }
            }
            sheet.setColumnWidth(0, 32 * 256);
            for (int column = 1; column < header.size(); column++) {
                sheet.setColumnWidth(column, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return value.toString();
    }

    /** Neutralises formula injection. */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
