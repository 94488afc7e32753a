package ir.hami.api;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * One page of a list of the members' API: {@code ?page=} (from 0) and {@code ?size=} (1 to {@link #MAX_SIZE},
 * default {@link #DEFAULT_SIZE}); {@code total} is the number of items in the whole list.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;

    /** The first row of {@code page}, after checking both parameters (a 400 problem when out of range). */
    public static int first(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size(size);
        if (p < 0 || p > 100_000) {
            throw new WebApplicationException(ApiProblems.invalidBody("page is 0 or more").response(0));
        }
        return p * s;
    }

    public static int size(Integer size) {
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new WebApplicationException(ApiProblems.invalidBody("size is 1 to " + MAX_SIZE).response(0));
        }
        return s;
    }
}
