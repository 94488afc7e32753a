/**
 * JSF converters of the platform value types ({@code jalaliDate}, {@code rial},
 * {@code nationalId}, {@code mobile}, {@code iban}). They read Persian, Arabic-Indic
 * and ASCII digits, show Persian digits to Persian readers, and report invalid input
 * with a {@link jakarta.faces.application.FacesMessage} whose text comes from the
 * bundle {@code ir.hami.i18n.messages}.
 */
package ir.hami.platform.web;
