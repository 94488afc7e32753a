package ir.hami.membership;

public enum Gender {
    MALE, FEMALE
}
