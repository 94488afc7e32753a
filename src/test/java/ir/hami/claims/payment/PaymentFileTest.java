package ir.hami.claims.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The bank transfer file: the CSV layout to the byte, and the .xlsx read back. */
class PaymentFileTest {

    private static PaymentFile.Lines of(List<PaymentLine> all) {
        return (after, max) -> all.stream().filter(l -> l.lineNo() > after).limit(max).toList();
    }

    private static List<PaymentLine> many(int n) {
        List<PaymentLine> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new PaymentLine(i, 1000 + i, "مریم احمدی", "IR120000000000000000003456", 1_000L * i,
                    String.format("%010d", i)));
        }
        return out;
    }

    @Test
    void csvHasTheHeaderThenOneCrLfLinePerTransferInUtf8WithoutBom() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = PaymentFile.writeCsv(of(List.of(
                new PaymentLine(1, 7, "مریم احمدی", "IR120000000000000000003456", 4_500_000, "1234567897"),
                new PaymentLine(2, 8, "درمانگاه \"شفا\", شعبه ۲", "IR820540102680020817909002", 12, "2345678901"))),
                out);
        assertEquals(2, n);
        byte[] bytes = out.toByteArray();
        assertEquals('i', bytes[0], "no byte-order mark");
        assertEquals("iban,name,amount,reference\r\n"
                + "IR120000000000000000003456,مریم احمدی,4500000,1234567897\r\n"
                + "IR820540102680020817909002,\"درمانگاه \"\"شفا\"\", شعبه ۲\",12,2345678901\r\n",
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void csvOfAnEmptyBatchIsTheHeaderAlone() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, PaymentFile.writeCsv(of(List.of()), out));
        assertEquals(PaymentFile.CSV_HEADER + "\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvReadsEveryPageOfAlargeBatch() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2_345, PaymentFile.writeCsv(of(many(2_345)), out));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2_346, lines.length);
        assertEquals("IR120000000000000000003456,مریم احمدی,2345000,0000002345", lines[2_345]);
    }

    @Test
    void xlsxHasTheSameColumnsWithAmountsAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1_001, PaymentFile.writeXlsx(of(many(1_001)), "PB-1", List.of("ردیف", "شبا", "نام", "مبلغ",
                "شناسه"), out));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("PB-1");
            assertEquals("شبا", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(1_001, sheet.getLastRowNum());
            assertEquals(1_001, (long) sheet.getRow(1_001).getCell(0).getNumericCellValue());
            assertEquals("IR120000000000000000003456", sheet.getRow(1_001).getCell(1).getStringCellValue());
            assertEquals("مریم احمدی", sheet.getRow(1_001).getCell(2).getStringCellValue());
            assertEquals(1_001_000L, (long) sheet.getRow(1_001).getCell(3).getNumericCellValue());
            assertEquals("0000001001", sheet.getRow(1_001).getCell(4).getStringCellValue());
        }
    }
}
