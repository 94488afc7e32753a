package ir.hami.eligibility;

/** Where a check came from: the centres' panel or the API. */
public enum Channel {
    WEB, API
}
