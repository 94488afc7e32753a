package ir.hami.platform.cluster;

import java.util.function.UnaryOperator;

/**
 * A map of strings that every node sees the same ({@link Grid#map}): the operations of
 * {@link java.util.concurrent.ConcurrentMap}, so an update is a compare-and-set loop ({@link #update}) and never a
 * lock. Keys and values are never null.
 */
public interface SharedMap {

    /** The value, or null. */
    String get(String key);

    /** Puts the value unless the key has one; returns the value already there, or null when this one was put. */
    String putIfAbsent(String key, String value);

    /** Replaces the value only if it is still {@code expected}; true when it was replaced. */
    boolean replace(String key, String expected, String value);

    /** Removes the key only if its value is still {@code expected}; true when it was removed. */
    boolean remove(String key, String expected);

    /** Removes the key whatever its value. */
    void remove(String key);

    /**
     * Sets the key to {@code change.apply(current)} atomically (current is null when the key has no value; a null
     * result removes it), retrying when another thread or node changed it meanwhile. {@code change} may run more than
     * once and must have no side effect. Returns the value set.
     */
    default String update(String key, UnaryOperator<String> change) {
        while (true) {
            String current = get(key);
            String next = change.apply(current);
            if (current == null) {
                if (next == null || putIfAbsent(key, next) == null) {
                    return next;
                }
            } else if (next == null) {
                if (remove(key, current)) {
                    return null;
                }
            } else if (next.equals(current) || replace(key, current, next)) {
                return next;
            }
        }
    }
}
