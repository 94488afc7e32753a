/**
 * Telling people: the outbox of SMS and portal notifications, written in the business transaction and delivered
 * after it commits; the SMS gateways; one-time SMS codes (activation, recovery, a new mobile). Every feature may use
 * it; it knows no feature.
 */
package ir.hami.notification;
