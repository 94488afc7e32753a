/**
 * Finance's side of claims: assessed claims sent to finance under the core system's file number, payment batches
 * per insurer ({@link ir.hami.claims.payment.PaymentBatch}, its lines frozen when built), the bank transfer file
 * (.xlsx and CSV, {@link ir.hami.claims.payment.PaymentFile}), marking a batch sent to the bank and paid in
 * committed chunks ({@link ir.hami.claims.payment.PaymentRun}), and the bank's return letters
 * ({@link ir.hami.claims.payment.PaymentReturn}). Every claim changes through {@link ir.hami.claims.ClaimOffice}.
 */
package ir.hami.claims.payment;
