package ir.hami.eligibility.api;

/**
 * An RFC 9457 problem ({@code application/problem+json}): type, title, status, detail in English, and the title in
 * Persian ({@code title_fa}) for the centre's staff.
 */
public record Problem(String type, String title, int status, String detail, String titleFa) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://hami.example/problems/";

    public String toJson() {
        StringBuilder json = new StringBuilder("{");
        field(json, "type", TYPE_BASE + type).append(',');
        field(json, "title", title).append(',');
        json.append("\"status\":").append(status);
        if (detail != null) {
            field(json.append(','), "detail", detail);
        }
        if (titleFa != null) {
            field(json.append(','), "title_fa", titleFa);
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"');
    }
}
