package ir.hami.access;

/** The answer to a login attempt; {@code messageKey} explains a refusal to the person. */
public record LoginOutcome(Status status, UserAccount account, long minutes) {

    public enum Status { SUCCESS, FAILED, MEMBERSHIP_TYPE_REQUIRED, WRONG_MEMBERSHIP_TYPE, ACCOUNT_LOCKED, IP_BLOCKED, DISABLED }

    public static LoginOutcome success(UserAccount account) {
        return new LoginOutcome(Status.SUCCESS, account, 0);
    }

    public static LoginOutcome refused(Status status) {
        return new LoginOutcome(status, null, 0);
    }

    public static LoginOutcome locked(Status status, long minutes) {
        return new LoginOutcome(status, null, minutes);
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }

    public String messageKey() {
        return switch (status) {
            case SUCCESS -> "login.success";
            case FAILED -> "login.failed";
            case MEMBERSHIP_TYPE_REQUIRED -> "login.membershipType.required";
            case WRONG_MEMBERSHIP_TYPE -> "login.wrongMembershipType";
            case ACCOUNT_LOCKED -> "login.locked";
            case IP_BLOCKED -> "login.ipBlocked";
            case DISABLED -> "login.disabled";
        };
    }
}
