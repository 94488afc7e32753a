package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.Instant;

/**
 * One upload of a contract's member list: who uploaded which file when, how it ended, how many rows were inserted,
 * updated and rejected, and the report of the rejected rows. A file that is refused as a whole (not a workbook,
 * no header, too many rows) leaves no record: it changed nothing.
 */
@Entity
@Table(name = "roster_import")
public class RosterImport implements Serializable {

    /** How far an import got. */
    public enum Status {
        /** rows are being stored */
        RUNNING,
        /** every row was either stored or rejected */
        DONE,
        /** stopped by an unexpected error; the counts say what was stored before it */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "roster_import")
    @TableGenerator(name = "roster_import", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "roster_import", allocationSize = 50)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "inserted_rows", nullable = false)
    private int insertedRows;

    @Column(name = "updated_rows", nullable = false)
    private int updatedRows;

    @Column(name = "rejected_rows", nullable = false)
    private int rejectedRows;

    @Column(name = "rejected_file_id")
    private Long rejectedFileId;

    protected RosterImport() {
    }

    public RosterImport(long contractId, String fileName, String uploadedBy, int totalRows, Instant startedAt) {
        this.contractId = contractId;
        this.fileName = shorten(fileName == null || fileName.isBlank() ? "roster.xlsx" : fileName, 255);
        this.uploadedBy = shorten(uploadedBy == null || uploadedBy.isBlank() ? "?" : uploadedBy, 60);
        this.totalRows = totalRows;
        this.startedAt = startedAt;
        this.status = Status.RUNNING;
    }

    /** Every row was stored or rejected. */
    public void finish(int inserted, int updated, int rejected, Long rejectedFileId, Instant at) {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("import " + id + " is " + status);
        }
        if (inserted + updated + rejected != totalRows) {
            throw new IllegalStateException("rows do not add up: " + inserted + "+" + updated + "+" + rejected
                    + " of " + totalRows);
        }
        record(inserted, updated, rejected);
        this.rejectedFileId = rejectedFileId;
        this.status = Status.DONE;
        this.finishedAt = at;
    }

    /** Stopped by an error: the counts are what was committed before it. */
    public void fail(int inserted, int updated, int rejected, Instant at) {
        record(inserted, updated, rejected);
        this.status = Status.FAILED;
        this.finishedAt = at;
    }

    private void record(int inserted, int updated, int rejected) {
        this.insertedRows = inserted;
        this.updatedRows = updated;
        this.rejectedRows = rejected;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public long getContractId() { return contractId; }
    public String getFileName() { return fileName; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Status getStatus() { return status; }
    public int getTotalRows() { return totalRows; }
    public int getInsertedRows() { return insertedRows; }
    public int getUpdatedRows() { return updatedRows; }
    public int getRejectedRows() { return rejectedRows; }
    public Long getRejectedFileId() { return rejectedFileId; }
}
