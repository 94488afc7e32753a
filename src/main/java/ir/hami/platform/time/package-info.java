/**
 * The Jalali (Solar Hijri) calendar, the official calendar of Iran, as the portal
 * shows and reads dates; the model keeps {@link java.time.LocalDate}.
 */
package ir.hami.platform.time;
