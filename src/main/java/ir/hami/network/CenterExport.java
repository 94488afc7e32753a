package ir.hami.network;

import ir.hami.membership.Insurer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The whole network as one .xlsx, one row per centre (active or not), written as a stream: SXSSF keeps a hundred
 * rows in memory, and centres are read a page at a time by id, with their lists, never the whole table at once.
 */
@Stateless
public class CenterExport {

    static final int PAGE = 500;

    @PersistenceContext(unitName = "hami")
    EntityManager em;

    public void export(OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("مراکز درمانی");
            sheet.setRightToLeft(true);
            sheet.createFreezePane(0, 1);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < NetworkWorkbook.TITLES.size(); i++) {
                header.createCell(i).setCellValue(NetworkWorkbook.TITLES.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int rowNumber = 0;
            long after = Long.MIN_VALUE;
            while (true) {
                List<TreatmentCenter> page = em.createQuery("select c from TreatmentCenter c join fetch c.province"
                                + " join fetch c.city where c.id > :after order by c.id", TreatmentCenter.class)
                        .setParameter("after", after).setMaxResults(PAGE).getResultList();
                if (page.isEmpty()) {
                    break;
                }
                for (TreatmentCenter c : page) {
                    write(sheet.createRow(++rowNumber), c);
                }
                after = page.get(page.size() - 1).getId();
                em.clear();
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, TreatmentCenter c) {
        String[] cells = {c.getCode(), c.getName(), NetworkWorkbook.label(c.getType()),
            NetworkWorkbook.label(c.getContractType()),
            c.getProvince().getName(), c.getCity().getName(), c.getAddress(), c.getPhone(), c.getFax(), c.getWebsite(),
            plain(c.getLatitude()), plain(c.getLongitude()), yesNo(c.isIssuesReferrals()),
            yesNo(c.isOnlineReferrals()), yesNo(c.isActive()),
            c.getInsurers().stream().map(Insurer::getCode).sorted()
                    .collect(Collectors.joining(NetworkWorkbook.LIST_SEPARATOR)),
            c.getServices().stream().map(CenterService::getTitle)
                    .collect(Collectors.joining(NetworkWorkbook.LIST_SEPARATOR)),
            c.getPhysicians().stream().map(p -> String.join(NetworkWorkbook.PART_SEPARATOR, p.getName(),
                    nz(p.getSpecialty()), nz(p.getCouncilCode()))).collect(Collectors.joining(NetworkWorkbook.LIST_SEPARATOR))};
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String yesNo(boolean value) {
        return value ? NetworkWorkbook.YES : NetworkWorkbook.NO;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
