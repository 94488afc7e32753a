-- Reports and the managers' dashboard (issue 16): the premium of a contract, against which its loss ratio (paid
-- claims / premium) is shown, and the indexes through which the reports read a bounded period at ten million claims.

-- Rials for the contract's whole term, as the insurer charged it; null until an administrator enters it.
alter table insurance_contract add column premium bigint;

-- The dashboard reads the claims registered in a period from this index alone (no row is visited): their state,
-- whether they had a deficiency, the rejection's code and the dates of each stage. The reports' keyset paging
-- (registered_at, id) and their insurer filter use it too.
create index ix_claim_registered on claim (registered_at, insurer_id, state, deficiency_round, reject_code,
    assessed_at, sent_to_finance_at, deposited_on);

-- Paid per insurer per month: the deposits of a period, summed from the index alone.
create index ix_claim_deposited on claim (deposited_on, state, insurer_id, payable_amount);

-- A contract's loss ratio: what its paid claims came to, summed from the index alone.
create index ix_claim_contract_paid on claim (contract_id, state, payable_amount);
