-- The SMS outbox (issue 14, point 3): a message is a row written in the business transaction (PENDING) and delivered
-- after commit by a worker that claims rows with a lease, so two portal nodes never send one row twice and a node
-- that died mid-send leaves a lease that expires. Retries back off; a message too old to be useful is not sent.
alter table sms_message add column attempts int default 0 not null;
alter table sms_message add column next_attempt_at datetime;
alter table sms_message add column not_after datetime;
alter table sms_message add column last_error varchar(200);
alter table sms_message add column sent_at datetime;
alter table sms_message add column claimed_by varchar(40);
alter table sms_message add column claimed_until datetime;

-- Until now a message was "sent" (or logged by the outbox gateway) inside the request: nothing is left to deliver.
update sms_message set sent_at = created_at, status = 'SENT' where status = 'STORED';
update sms_message set last_error = provider_ref, provider_ref = null where status = 'FAILED';

-- The worker's query: due pending rows (and expired leases of rows being sent); the staff page filters by status.
create index ix_sms_due on sms_message (status, next_attempt_at, id);
create index ix_sms_status on sms_message (status, id);
