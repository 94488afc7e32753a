/**
 * Referral letters (معرفی‌نامه, seed 004): a member or a centre asks for a letter, the referral unit reviews it
 * (documents, the trusted-physician exam) and issues or refuses it, the centre sees the letters issued to it, and
 * anyone can check a printed letter's QR code on the public verification page.
 *
 * <p>Domain: {@link ir.hami.referral.ReferralRequest} holds the state machine ({@link ir.hami.referral.ReferralStatus}),
 * {@link ir.hami.referral.AutoIssue} decides a centre's online request, {@link ir.hami.platform.id.TrackingCodes} and
 * {@link ir.hami.referral.LetterCodes} make the codes. Services: {@link ir.hami.referral.ReferralDesk} (requests and
 * every action on them) and {@link ir.hami.referral.ReferralQueue} (the unit's queue, lists, verification).
 */
package ir.hami.referral;
