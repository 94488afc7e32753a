package ir.hami.membership;

import java.io.Serializable;

/**
 * What an import came to. Either the file was refused as a whole ({@code errorKey} set, nothing changed, no
 * {@code importId}), or its rows were processed: the counts, and the stored report of rejected rows if any. An
 * import stopped by an unexpected error has both an {@code importId} and {@code errorKey}
 * {@value RosterImporter#KEY_FAILED}.
 */
public record RosterImportResult(Long importId, String errorKey, String errorArgument, int totalRows,
                                 int insertedRows, int updatedRows, int rejectedRows, Long reportFileId)
        implements Serializable {

    static RosterImportResult refused(String errorKey, String errorArgument) {
        return new RosterImportResult(null, errorKey, errorArgument, 0, 0, 0, 0, null);
    }

    public boolean isRefused() {
        return errorKey != null && importId == null;
    }

    public boolean isFailed() {
        return errorKey != null;
    }

    public boolean hasReport() {
        return reportFileId != null;
    }
}
