/** The member's home page and the announcements administrators publish on it. */
package ir.hami.home;
