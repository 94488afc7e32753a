/**
 * Money of the portal: whole Iranian Rials held in a {@code long}, shown grouped by
 * thousands and read back from what people type.
 */
package ir.hami.platform.money;
