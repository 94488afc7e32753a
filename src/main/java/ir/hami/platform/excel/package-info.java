/**
 * Excel files every import shares: a streaming reader of the first sheet that checks the file's content first
 * ({@link ir.hami.platform.excel.ExcelSheet}) and the streamed report of rejected rows
 * ({@link ir.hami.platform.excel.RejectedRowsReport}). Used by the roster import and the network import.
 */
package ir.hami.platform.excel;
