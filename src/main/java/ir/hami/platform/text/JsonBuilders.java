package ir.hami.platform.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON-P builders from one factory looked up once. {@code Json.createObjectBuilder()} and its friends look the
 * provider up through the ServiceLoader at every call: 15% of all the portal's CPU under the many-members load bench
 * went to that in the centres page's map data alone (benchmarks.md, "Many members at once").
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
