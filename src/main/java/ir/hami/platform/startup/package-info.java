/**
 * Start-up: what the portal does after its deployment rather than on the path to the first page
 * ({@link ir.hami.platform.startup.BackgroundStart}).
 */
package ir.hami.platform.startup;
