package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person's coverage under a contract: the member code the insurer gave them, who the main member of the family
 * is, the relation to them, and the period (within the contract's).
 */
@Entity
@Table(name = "coverage")
public class Coverage implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "coverage")
    @TableGenerator(name = "coverage", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "coverage", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id")
    private InsuranceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "main_person_id")
    private Person mainPerson;

    @Column(name = "member_code", nullable = false, length = 30)
    private String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private Relation relation;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Version
    private long version;

    protected Coverage() {
    }

    public Coverage(InsuranceContract contract, Person person, Person mainPerson, String memberCode, Relation relation,
                    LocalDate startDate, LocalDate endDate) {
        if (relation.isMain() != (person == mainPerson)) {
            throw new IllegalArgumentException("only the main member has the relation SELF");
        }
        this.contract = contract;
        this.person = person;
        this.mainPerson = mainPerson;
        this.memberCode = memberCode;
        this.relation = relation;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean isActiveOn(LocalDate day) {
        return period().contains(day);
    }

    /** The days covered: this coverage's period within its contract's. */
    public CoveragePeriod period() {
        return CoveragePeriod.of(startDate, endDate, contract.getStartDate(), contract.getEndDate());
    }

    public void update(Person mainPerson, String memberCode, Relation relation, LocalDate startDate, LocalDate endDate) {
        this.mainPerson = mainPerson;
        this.memberCode = memberCode;
        this.relation = relation;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() { return id; }
    public InsuranceContract getContract() { return contract; }
    public Person getPerson() { return person; }
    public Person getMainPerson() { return mainPerson; }
    public String getMemberCode() { return memberCode; }
    public Relation getRelation() { return relation; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
}
