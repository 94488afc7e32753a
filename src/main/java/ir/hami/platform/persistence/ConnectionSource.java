package ir.hami.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where plain JDBC work gets its connections: a pool's {@code DataSource::getConnection}, or
 * {@code DriverManager.getConnection} outside the portal (demo data, benchmarks, tests). The caller closes each
 * connection it opens.
 */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
