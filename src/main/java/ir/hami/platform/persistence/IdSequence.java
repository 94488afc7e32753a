package ir.hami.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for bulk JDBC writers (demo data, roster import) from the same {@code id_sequence} table that JPA's TABLE
 * generation uses, so rows written with plain JDBC and rows persisted by EclipseLink never share an id.
 *
 * <p>EclipseLink reserves a block by {@code next_val = next_val + n}, reads the new value {@code v} and uses
 * {@code v - n + 1 .. v}. {@link #reserve} does exactly the same, in its own short transaction, so the row lock on
 * the sequence is held only for the update and the read. The connection must therefore not carry other pending
 * work: give a bulk writer one connection for its inserts and another for its id reservations.
 */
public final class IdSequence {

    private static final String UPDATE = "update id_sequence set next_val = next_val + ? where seq_name = ?";
    private static final String READ = "select next_val from id_sequence where seq_name = ?";

    private IdSequence() {
    }

    /**
     * Reserves {@code count} consecutive ids and commits.
     *
     * @return the first of them; the ids are {@code first .. first + count - 1}
     */
    public static long reserve(Connection connection, String sequence, int count) throws SQLException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement read = connection.prepareStatement(READ)) {
            update.setInt(1, count);
            update.setString(2, sequence);
            if (update.executeUpdate() != 1) {
                throw new SQLException("No id sequence named " + sequence);
            }
            read.setString(1, sequence);
            long last;
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            connection.commit();
            return last - count + 1;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Hands out ids one at a time, reserving a new block of {@code blockSize} when the current one is used up. */
    public static final class Block {
        private final Connection connection;
        private final String sequence;
        private final int blockSize;
        private long next;
        private long end;

        public Block(Connection connection, String sequence, int blockSize) {
            this.connection = connection;
            this.sequence = sequence;
            this.blockSize = blockSize;
        }

        public long next() throws SQLException {
            if (next >= end) {
                next = reserve(connection, sequence, blockSize);
                end = next + blockSize;
            }
            return next++;
        }
    }
}
