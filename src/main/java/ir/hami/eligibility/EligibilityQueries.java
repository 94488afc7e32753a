package ir.hami.eligibility;

/**
 * The SQL of an eligibility check, in one place: {@link EligibilityLookup} runs these texts, in the portal
 * and as the benchmark's plain-JDBC floor.
 * Plain SQL that MySQL/MariaDB and H2 both accept.
 */
public final class EligibilityQueries {

    private EligibilityQueries() {
    }

    /**
     * A person's coverages with their main member, newest end first (national ID): person id, first and last name,
     * birth date, contract id, relation, coverage start and end, main member's first and last name. Index:
     * {@code uq_person_national_id}, then {@code ix_coverage_person (person_id, end_date)}, then the main member by
     * primary key. A person has a handful of coverages at most. The contracts are read by {@link #CONTRACT}.
     */
    public static final String COVERAGES_BY_NATIONAL_ID = "select p.id, p.first_name, p.last_name, p.birth_date, "
            + "c.contract_id, c.relation, c.start_date, c.end_date, m.first_name, m.last_name "
            + "from person p join coverage c on c.person_id = p.id "
            + "join person m on m.id = c.main_person_id "
            + "where p.national_id = ? order by c.end_date desc, c.id desc";

    /** A contract's number, period, insurer and policyholder (contract id), by primary keys. */
    public static final String CONTRACT = "select k.contract_number, k.start_date, k.end_date, i.name, h.name "
            + "from insurance_contract k join insurer i on i.id = k.insurer_id "
            + "join policyholder h on h.id = k.policyholder_id where k.id = ?";

    /** The covers of a contract's plan (contract id). Index: {@code ix_cover_contract (contract_id, sort_order)}. */
    public static final String COVERS_OF_CONTRACT = "select title, annual_ceiling, franchise_percent "
            + "from contract_cover where contract_id = ? order by sort_order, id";

    /** The audit rows of checks: this head, then one {@link #RECORD_CHECK_ROW} per row, comma separated. */
    public static final String RECORD_CHECK_HEAD = "insert into eligibility_check (id, center_id, actor, channel, "
            + "national_id, checked_at, covered, answer) values ";

    /** One audit row's values (id, centre, actor, channel, national ID, time, covered, answer). */
    public static final String RECORD_CHECK_ROW = "(?,?,?,?,?,?,?,?)";
}
