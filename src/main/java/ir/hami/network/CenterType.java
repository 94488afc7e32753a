package ir.hami.network;

/** What kind of treatment centre (نوع مرکز). */
public enum CenterType {
    PRIVATE_HOSPITAL, PUBLIC_HOSPITAL, CHARITY_HOSPITAL, CLINIC, LABORATORY, IMAGING, PHARMACY, PHYSIOTHERAPY,
    DENTISTRY, OPTICS, OTHER;

    public boolean isHospital() {
        return this == PRIVATE_HOSPITAL || this == PUBLIC_HOSPITAL || this == CHARITY_HOSPITAL;
    }
}
