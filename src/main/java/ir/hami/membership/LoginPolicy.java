package ir.hami.membership;

/**
 * How members of a contract get their first password. STANDARD: they activate the portal by SMS code.
 * LEGACY: the first password is the main member's national ID and must be changed at first login.
 */
public enum LoginPolicy {
    STANDARD, LEGACY
}
