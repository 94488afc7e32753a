package ir.hami.network;

import ir.hami.platform.text.PersianText;
import jakarta.persistence.*;
import java.io.Serializable;

/** A physician working at a centre, with the medical council code (کد نظام پزشکی). */
@Entity
@Table(name = "physician")
public class Physician implements Serializable {

    /** Lengths of the text columns (V2__network_core.sql). */
    public static final int NAME_LENGTH = 200;
    public static final int SPECIALTY_LENGTH = 200;
    public static final int COUNCIL_CODE_LENGTH = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "physician")
    @TableGenerator(name = "physician", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "physician", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id")
    private TreatmentCenter center;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "specialty", length = SPECIALTY_LENGTH)
    private String specialty;

    @Column(name = "council_code", length = COUNCIL_CODE_LENGTH)
    private String councilCode;

    protected Physician() {
    }

    public Physician(TreatmentCenter center, String name, String specialty, String councilCode) {
        this.center = center;
        this.name = PersianText.normalize(name);
        this.specialty = PersianText.normalize(specialty);
        this.councilCode = PersianText.normalizeDigits(councilCode);
    }

    public Long getId() { return id; }
    public TreatmentCenter getCenter() { return center; }
    public String getName() { return name; }
    public String getSpecialty() { return specialty; }
    public String getCouncilCode() { return councilCode; }
}
