package ir.hami.membership;

/**
 * The CDI event of a contract whose number, period, insurer, policyholder or covers changed, or of an insurer or
 * policyholder renamed (then with the id of any of its contracts, or 0). Whatever changes them fires it in the same
 * transaction; once committed, the eligibility checks of every node read the contracts again. (Today contracts are
 * made by the demo loader and the roster import only adds people to them; nothing changes them yet.)
 */
public record ContractChanged(long contractId) {
}
