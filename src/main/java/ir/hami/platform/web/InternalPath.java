package ir.hami.platform.web;

/**
 * Whether a "next page" parameter may be followed after login: only a path inside the portal, so the login and
 * welcome pages cannot send anybody elsewhere (no scheme, no "//host", no "/\host" which browsers read as
 * "//host", no control characters).
 */
public final class InternalPath {

    private InternalPath() {
    }

    public static boolean isInternal(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.contains(":") && path.chars().noneMatch(Character::isISOControl);
    }
}
