-- Issue 14, point 2: a mobile typed at activation where the roster had none is bound only after the member proved
-- roster data (member code and birth date) and an SMS code; the account remembers that the mobile is self-declared
-- so that the referral unit can check it, confirm it or clear it.
alter table user_account add column mobile_self_declared boolean default false not null;
alter table user_account add column mobile_declared_at datetime;
alter table user_account add column mobile_checked_at datetime;
alter table user_account add column mobile_checked_by varchar(60);
create index ix_account_self_declared on user_account (mobile_self_declared, mobile_checked_at);
