-- The referral unit's workbench (issue 4). The work queue shows the requests awaiting the unit oldest first
-- (requested_at, id); filtered by insurer, province or centre it must read those rows in that order from an index and
-- stop at the page, as V6's ix_referral_awaiting does for the unfiltered queue. V6's per-insurer and per-province
-- indexes start with (…, status, …): they serve a chosen status, but "awaiting the unit" is three statuses, so the
-- database had to collect and sort every awaiting row of the insurer (measured: ReferralQueueBench, README).
create index ix_referral_insurer_awaiting on referral_request (insurer_id, awaiting_unit, requested_at, id);
create index ix_referral_province_awaiting on referral_request (province_id, awaiting_unit, requested_at, id);
create index ix_referral_center_awaiting on referral_request (center_id, awaiting_unit, requested_at, id);
-- The report of letters issued in a range of days reads them in id order after a range scan of the decision time.
create index ix_referral_decided on referral_request (status, decided_at, id);
