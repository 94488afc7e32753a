package ir.hami.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterTemplateTest {

    @Test
    void theTemplateIsARightToLeftSheetWithEveryColumnAndOneExampleRow() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RosterTemplate.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.isRightToLeft());
            assertEquals(1, sheet.getLastRowNum());
            Row header = sheet.getRow(0);
            for (RosterColumn column : RosterColumn.values()) {
                assertEquals(column.title(), header.getCell(column.ordinal()).getStringCellValue());
            }
            assertEquals(RosterTemplate.EXAMPLE_NATIONAL_ID,
                    sheet.getRow(1).getCell(RosterColumn.NATIONAL_ID.ordinal()).getStringCellValue());
            assertEquals(2, sheet.getDataValidations().size());
        }
    }

    @Test
    void theTemplateReadsBackAndItsExampleRowIsOnlyRejectedForBeingTheExample() throws IOException {
        Path file = Files.createTempFile(RosterFiles.tempDir(), "template", ".xlsx");
        List<RosterRow> rows = new ArrayList<>();
        try {
            Files.write(file, RosterTemplate.bytes());
            RosterSheet.open(file).forEachRow(rows::add);
        } finally {
            Files.delete(file);
        }
        assertEquals(1, rows.size());
        RosterRowValidator validator = new RosterRowValidator(LocalDate.of(2024, 3, 20), LocalDate.of(2025, 3, 20),
                LocalDate.of(2024, 6, 1));
        assertEquals(List.of(new RosterProblem(RosterReason.TEMPLATE_EXAMPLE)),
                validator.validate(rows.get(0)).problems());
    }
}
