package ir.hami.network;

import java.io.Serializable;
import java.math.BigDecimal;

/** One point on the map of the search results. */
public record CenterMarker(long id, String name, BigDecimal latitude, BigDecimal longitude) implements Serializable {
}
