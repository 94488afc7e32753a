package ir.hami.access;

import ir.hami.membership.InsuranceContract;
import ir.hami.membership.Person;
import jakarta.persistence.*;
import java.time.Instant;

/** One completed password recovery, counted against the coverage period (contract) it happened in. */
@Entity
@Table(name = "password_recovery")
public class PasswordRecovery {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "password_recovery")
    @TableGenerator(name = "password_recovery", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "password_recovery", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private InsuranceContract contract;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PasswordRecovery() {
    }

    public PasswordRecovery(Person person, InsuranceContract contract, Instant createdAt) {
        this.person = person;
        this.contract = contract;
        this.createdAt = createdAt;
    }
}
