/**
 * Persian text handling: digits of the three scripts (ASCII, Persian, Arabic-Indic),
 * Arabic letter forms replaced by Persian ones, invisible characters and whitespace.
 */
package ir.hami.platform.text;
