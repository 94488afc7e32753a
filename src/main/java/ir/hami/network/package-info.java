/**
 * The treatment-centre network: provinces and cities, contracted centres with their type, contract, insurers,
 * services, physicians and whether they issue referral letters (online or not); the name index the members' search
 * reads ({@link ir.hami.network.CenterNameToken}); the referral unit's lines of each insurer
 * ({@link ir.hami.network.ReferralContact}).
 */
package ir.hami.network;
