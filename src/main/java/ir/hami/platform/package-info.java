/**
 * Shared value types of the Hami portal: Persian text normalisation, identifiers
 * (national ID, IBAN, mobile number), Jalali dates, Rial amounts and the JSF
 * converters that put them on pages.
 *
 * <p>Rule of the package: it depends on no feature package. Invalid user input is
 * reported with {@link ir.hami.platform.ValidationException}, which carries a message
 * key of the bundle {@code ir.hami.i18n.messages}, never a text.
 */
package ir.hami.platform;
