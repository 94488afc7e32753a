package ir.hami.membership;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The data rows of a roster as the first pass read them, kept in a temporary file so that the later passes read
 * plain records instead of unzipping and parsing the workbook's XML again. Nothing is held in memory but a buffer;
 * the file is deleted at {@link #close()}.
 *
 * <p>Record: line (int), cell count (int), then per cell its UTF-8 length (int, -1 for an empty cell) and bytes.
 */
final class RosterSpool implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final RosterHeader header;
    private DataOutputStream out;

    RosterSpool(RosterHeader header) {
        this.header = header;
        try {
            this.file = Files.createTempFile("roster-", ".rows");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row (first pass only). */
    void add(RosterRow row) {
        try {
            List<String> cells = row.cells();
            out.writeInt(row.line());
            out.writeInt(cells.size());
            for (String cell : cells) {
                if (cell == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One pass over the rows added, in their order. */
    void forEachRow(Consumer<RosterRow> consumer) {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file),
                    BUFFER))) {
                while (true) {
                    int line;
                    try {
                        line = in.readInt();
                    } catch (EOFException end) {
                        return;
                    }
                    int count = in.readInt();
                    List<String> cells = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        int length = in.readInt();
                        if (length < 0) {
                            cells.add(null);
                        } else {
                            byte[] bytes = new byte[length];
                            in.readFully(bytes);
                            cells.add(new String(bytes, StandardCharsets.UTF_8));
                        }
                    }
                    consumer.accept(new RosterRow(line, cells, header));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException ignored) {
            // the file is deleted next
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the folder is cleaned with the runtime
            }
        }
    }
}
