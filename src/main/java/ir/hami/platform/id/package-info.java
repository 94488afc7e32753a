/**
 * Identifiers typed by people, as immutable value types that can only hold a valid,
 * canonical value: the Iranian national ID (کد ملی), the Iranian IBAN (شبا) and the
 * Iranian mobile number. Each {@code parse} accepts Persian and Arabic-Indic digits,
 * spaces and dashes, and refuses invalid input with a
 * {@link ir.hami.platform.ValidationException}.
 */
package ir.hami.platform.id;
