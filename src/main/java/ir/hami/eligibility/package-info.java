/**
 * Eligibility: who is covered today. The centres' panel ({@code web/}), the hospital information systems' API
 * ({@code api/}), the centres' API keys and the audit trail of every check.
 */
package ir.hami.eligibility;
