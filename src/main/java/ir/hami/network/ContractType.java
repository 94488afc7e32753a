package ir.hami.network;

/** How the centre is contracted (نوع قرارداد): with the assistance company itself, or through an insurer. */
public enum ContractType {
    DIRECT, THROUGH_INSURER
}
