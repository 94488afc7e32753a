/**
 * The treatment-centre network: provinces and cities, contracted centres with their type, contract, insurers and
 * whether they issue referral letters (online or not); later their services and physicians.
 */
package ir.hami.network;
