package ir.hami.eligibility;

/**
 * The SQL of an eligibility check, in one place: {@link EligibilityService} runs these texts and
 * {@code ir.hami.bench.EligibilityBench} runs the very same texts with plain JDBC as the floor the API is compared to.
 * Plain SQL that MySQL/MariaDB and H2 both accept.
 */
public final class EligibilityQueries {

    private EligibilityQueries() {
    }

    /**
     * A person's coverages with their contract, insurer, policyholder and main member, newest end first (national
     * ID). Index: {@code uq_person_national_id}, then {@code ix_coverage_person (person_id, end_date)}, then primary
     * keys. A person has a handful of coverages at most.
     */
    public static final String COVERAGES_BY_NATIONAL_ID = "select p.id, p.first_name, p.last_name, p.birth_date, "
            + "c.contract_id, c.relation, c.start_date, c.end_date, k.contract_number, k.start_date, k.end_date, "
            + "i.name, h.name, m.first_name, m.last_name "
            + "from person p join coverage c on c.person_id = p.id "
            + "join insurance_contract k on k.id = c.contract_id "
            + "join insurer i on i.id = k.insurer_id "
            + "join policyholder h on h.id = k.policyholder_id "
            + "join person m on m.id = c.main_person_id "
            + "where p.national_id = ? order by c.end_date desc, c.id desc";

    /** The covers of a contract's plan (contract id). Index: {@code ix_cover_contract (contract_id, sort_order)}. */
    public static final String COVERS_OF_CONTRACT = "select title, annual_ceiling, franchise_percent "
            + "from contract_cover where contract_id = ? order by sort_order, id";

    /** The audit row of one check (id, centre, actor, channel, national ID, time, covered, answer). */
    public static final String RECORD_CHECK = "insert into eligibility_check (id, center_id, actor, channel, "
            + "national_id, checked_at, covered, answer) values (?,?,?,?,?,?,?,?)";
}
