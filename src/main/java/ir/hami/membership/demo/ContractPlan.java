package ir.hami.membership.demo;

import ir.hami.membership.LoginPolicy;
import ir.hami.membership.MembershipType;
import ir.hami.membership.demo.DemoCatalog.HolderKind;
import ir.hami.platform.time.Jalali;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A contract the generator will write, before it has an id: who with whom, what kind, when, and what share of the
 * families it gets ({@code weight}; 0 for a previous year's contract, whose families come from its renewal).
 * Contracts start on the first day of a Jalali month and run for one Jalali year, as Iranian group contracts do.
 *
 * @param index        position in the plan list, also the contract's lineage: a renewal and its previous year's
 *                     contract share member codes, as insurers keep them across renewals
 * @param predecessor  the same policyholder's contract of the year before, or null
 */
record ContractPlan(int index, int lineage, int insurer, int policyholder, MembershipType membershipType,
                    LoginPolicy loginPolicy, LocalDate start, LocalDate end, boolean electronicClaims, int weight,
                    ContractPlan predecessor) {

    /** Fixed contracts every demo set has; the demo logins live in the first five. */
    static final int GAS_GROUP = 0;
    static final int GAS_GROUP_PREVIOUS = 1;
    static final int CIVIL_FUND_LEGACY = 2;
    static final int TELECOM_INSURANCE_COMPANY = 3;
    static final int STEEL_GROUP = 4;

    /** Members per extra contract of a large set. */
    private static final int MEMBERS_PER_CONTRACT = 20_000;
    private static final int MAX_CONTRACTS = 400;

    /**
     * The demo family's contract and its previous year's have every cover of the catalogue, so the demo claims find
     * a cover of every kind; the other plans draw theirs.
     */
    boolean hasEveryCover() {
        return lineage == GAS_GROUP;
    }

    String number(DemoCatalog.InsurerEntry insurerEntry) {
        return Jalali.year(start) + "-" + insurerEntry.branch() + "-" + (1000 + lineage);
    }

    /** Member codes: a three-digit prefix per lineage, the family's serial (6 digits) and the person's (2 digits). */
    String memberCode(int familySerial, int personIndex) {
        return String.format("%03d%06d%02d", 100 + lineage, familySerial, personIndex);
    }

    boolean isActiveOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** The contracts for a set of this many members: the ten fixed ones, and one more per 20,000 members beyond. */
    static List<ContractPlan> plans(long members, LocalDate today, SplittableRandom random) {
        List<ContractPlan> plans = new ArrayList<>();
        ContractPlan gas = active(GAS_GROUP, 0, 0, MembershipType.GROUP, LoginPolicy.STANDARD, today, 120, true, 12);
        plans.add(gas.withPredecessor(previous(GAS_GROUP_PREVIOUS, gas)));
        plans.add(plans.get(0).predecessor());
        plans.add(active(2, 2, 1, MembershipType.FUND, LoginPolicy.LEGACY, today, 200, false, 14));
        plans.add(active(3, 1, 2, MembershipType.INSURANCE_COMPANY, LoginPolicy.STANDARD, today, 45, true, 10));
        plans.add(active(4, 3, 3, MembershipType.GROUP, LoginPolicy.STANDARD, today, 300, true, 12));
        plans.add(active(5, 4, 4, MembershipType.FUND, LoginPolicy.LEGACY, today, 150, true, 8));
        plans.add(active(6, 1, 5, MembershipType.GROUP, LoginPolicy.STANDARD, today, 20, false, 5));
        plans.add(future(7, 2, 6, MembershipType.INSURANCE_COMPANY, LoginPolicy.STANDARD, today, 25, true, 6));
        plans.add(active(8, 4, 7, MembershipType.GROUP, LoginPolicy.STANDARD, today, 320, true, 8));
        plans.add(expired(9, 3, 8, MembershipType.FUND, LoginPolicy.STANDARD, today, 60, true, 3));

        long wanted = Math.min(MAX_CONTRACTS, members / MEMBERS_PER_CONTRACT);
        for (int extra = plans.size(); extra < wanted; extra++) {
            int index = plans.size();
            int insurer = random.nextInt(DemoCatalog.INSURERS.size());
            int holder = random.nextInt(DemoCatalog.POLICYHOLDERS.size());
            HolderKind kind = DemoCatalog.POLICYHOLDERS.get(holder).kind();
            MembershipType type = switch (kind) {
                case FUND -> MembershipType.FUND;
                case ASSOCIATION -> MembershipType.GROUP;
                case COMPANY -> random.nextInt(100) < 60 ? MembershipType.GROUP : MembershipType.INSURANCE_COMPANY;
            };
            LoginPolicy policy = random.nextInt(100) < (kind == HolderKind.FUND ? 50 : 10)
                    ? LoginPolicy.LEGACY : LoginPolicy.STANDARD;
            boolean eClaims = random.nextInt(100) < 70;
            int weight = 3 + random.nextInt(20);
            int when = random.nextInt(100);
            if (when < 8) {
                plans.add(expired(index, insurer, holder, type, policy, today, 10 + random.nextInt(300), eClaims,
                        weight));
            } else if (when < 16) {
                plans.add(future(index, insurer, holder, type, policy, today, 5 + random.nextInt(50), eClaims,
                        weight));
            } else {
                ContractPlan plan = active(index, insurer, holder, type, policy, today, 20 + random.nextInt(310),
                        eClaims, weight);
                if (random.nextInt(100) < 30) {
                    plan = plan.withPredecessor(previous(index + 1, plan));
                    plans.add(plan);
                    plans.add(plan.predecessor());
                } else {
                    plans.add(plan);
                }
            }
        }
        return plans;
    }

    private ContractPlan withPredecessor(ContractPlan previous) {
        return new ContractPlan(index, lineage, insurer, policyholder, membershipType, loginPolicy, start, end,
                electronicClaims, weight, previous);
    }

    /** In force today; started on the first of the Jalali month that was {@code daysAgo} days ago. */
    private static ContractPlan active(int index, int insurer, int holder, MembershipType type, LoginPolicy policy,
                                       LocalDate today, int daysAgo, boolean eClaims, int weight) {
        LocalDate start = monthStart(today.minusDays(daysAgo));
        return new ContractPlan(index, index, insurer, holder, type, policy, start, oneYearFrom(start), eClaims,
                weight, null);
    }

    /** Ended about {@code daysAgo} days ago and was not renewed with us. */
    private static ContractPlan expired(int index, int insurer, int holder, MembershipType type, LoginPolicy policy,
                                        LocalDate today, int daysAgo, boolean eClaims, int weight) {
        LocalDate start = monthStart(today.minusDays(daysAgo + 365L));
        LocalDate end = oneYearFrom(start);
        while (!end.isBefore(today)) {
            start = monthStart(start.minusDays(1));
            end = oneYearFrom(start);
        }
        return new ContractPlan(index, index, insurer, holder, type, policy, start, end, eClaims, weight, null);
    }

    /** Signed, its roster loaded, starting on the first of the Jalali month after {@code inDays} days. */
    private static ContractPlan future(int index, int insurer, int holder, MembershipType type, LoginPolicy policy,
                                       LocalDate today, int inDays, boolean eClaims, int weight) {
        LocalDate start = monthStart(today.plusDays(inDays).plusDays(31));
        return new ContractPlan(index, index, insurer, holder, type, policy, start, oneYearFrom(start), eClaims,
                weight, null);
    }

    /** The same policyholder's contract of the year before, ending the day before the renewal starts. */
    private static ContractPlan previous(int index, ContractPlan renewal) {
        Jalali.Date s = Jalali.toJalali(renewal.start);
        LocalDate start = Jalali.toLocalDate(s.year() - 1, s.month(), 1);
        return new ContractPlan(index, renewal.lineage, renewal.insurer, renewal.policyholder, renewal.membershipType,
                renewal.loginPolicy, start, renewal.start.minusDays(1), renewal.electronicClaims, 0, null);
    }

    static LocalDate monthStart(LocalDate day) {
        Jalali.Date j = Jalali.toJalali(day);
        return Jalali.toLocalDate(j.year(), j.month(), 1);
    }

    static LocalDate oneYearFrom(LocalDate start) {
        Jalali.Date j = Jalali.toJalali(start);
        return Jalali.toLocalDate(j.year() + 1, j.month(), j.day()).minusDays(1);
    }
}
