package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;

/** The employer or fund that holds a group contract (بیمه‌گذار). */
@Entity
@Table(name = "policyholder")
public class Policyholder implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "policyholder")
    @TableGenerator(name = "policyholder", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "policyholder", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "registration_code", length = 20)
    private String registrationCode;

    @Version
    private long version;

    protected Policyholder() {
    }

    public Policyholder(String name, String registrationCode) {
        this.name = name;
        this.registrationCode = registrationCode;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getRegistrationCode() { return registrationCode; }
}
