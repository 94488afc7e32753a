package ir.hami.membership;

/**
 * The SQL of the membership reads every member page runs, in one place: the services run them (as native queries,
 * or JPQL with the same shape) and {@code ir.hami.bench.FamilyQueryBench} measures exactly these texts against a
 * million members, with the index each one relies on noted here. Plain SQL that MySQL/MariaDB and H2 both accept.
 */
public final class MembershipQueries {

    private MembershipQueries() {
    }

    /**
     * One page of a family under one contract (parameters: main person id, contract id, limit, offset).
     * Index: {@code ix_coverage_family (main_person_id, contract_id, relation)}; InnoDB appends the primary key, so
     * {@code order by relation, id} is read in index order. Note: relations sort by name (CHILD, FATHER, MOTHER,
     * OTHER, SELF, SPOUSE); a page that lists the main member first uses {@link #FAMILY_PAGE_MAIN_FIRST}.
     */
    public static final String FAMILY_PAGE = "select c.id, c.person_id, c.relation, c.member_code, c.start_date, "
            + "c.end_date, p.national_id, p.first_name, p.last_name, p.gender, p.birth_date "
            + "from coverage c join person p on p.id = c.person_id "
            + "where c.main_person_id = ? and c.contract_id = ? order by c.relation, c.id limit ? offset ?";

    /** Like {@link #FAMILY_PAGE}, with the main member, spouse, children and parents in that order (a family is at
     * most a few rows, so sorting them costs nothing). */
    public static final String FAMILY_PAGE_MAIN_FIRST = "select c.id, c.person_id, c.relation, c.member_code, "
            + "c.start_date, c.end_date, p.national_id, p.first_name, p.last_name, p.gender, p.birth_date "
            + "from coverage c join person p on p.id = c.person_id "
            + "where c.main_person_id = ? and c.contract_id = ? "
            + "order by case c.relation when 'SELF' then 0 when 'SPOUSE' then 1 when 'CHILD' then 2 "
            + "when 'FATHER' then 3 when 'MOTHER' then 4 else 5 end, c.id limit ? offset ?";

    /** Size of a family under one contract, for the pager (main person id, contract id). Index: ix_coverage_family. */
    public static final String FAMILY_COUNT =
            "select count(*) from coverage where main_person_id = ? and contract_id = ?";

    /**
     * The contracts a person is covered by, newest first, for the contract chooser (person id).
     * Index: {@code ix_coverage_person (person_id, end_date)}, then contracts, insurers and policyholders by key.
     */
    public static final String PERSON_CONTRACTS = "select k.id, k.contract_number, i.name, h.name, "
            + "k.membership_type, k.login_policy, k.start_date, k.end_date, c.relation, c.main_person_id, "
            + "c.member_code from coverage c join insurance_contract k on k.id = c.contract_id "
            + "join insurer i on i.id = k.insurer_id join policyholder h on h.id = k.policyholder_id "
            + "where c.person_id = ? order by k.end_date desc, k.id desc";

    /**
     * Login by national ID and membership type: the person and their coverages of that type (national ID,
     * membership type). Index: {@code uq_person_national_id}, then ix_coverage_person.
     */
    public static final String LOGIN_BY_NATIONAL_ID = "select p.id, c.id, c.contract_id, c.main_person_id, "
            + "c.relation, k.login_policy, k.start_date, k.end_date "
            + "from person p join coverage c on c.person_id = p.id "
            + "join insurance_contract k on k.id = c.contract_id "
            + "where p.national_id = ? and k.membership_type = ?";

    /**
     * Login by member code and membership type (member code, membership type); a renewed contract keeps the codes,
     * so one code may find the current and last year's coverage. Index: {@code ix_coverage_member_code}.
     */
    public static final String LOGIN_BY_MEMBER_CODE = "select p.id, p.national_id, c.id, c.contract_id, "
            + "c.main_person_id, c.relation, k.login_policy, k.start_date, k.end_date "
            + "from coverage c join person p on p.id = c.person_id "
            + "join insurance_contract k on k.id = c.contract_id "
            + "where c.member_code = ? and k.membership_type = ?";

    /** A person by id (the member inquiry page). Primary key. */
    public static final String PERSON_BY_ID = "select id, national_id, first_name, last_name, father_name, gender, "
            + "birth_date, birth_certificate_no, mobile, phone, email, address, postal_code, iban, version "
            + "from person where id = ?";
}
