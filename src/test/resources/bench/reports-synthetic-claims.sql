-- A synthetic ten-million-claim table for ReportsBench when no GenerateClaims database is at hand (December 2026:
-- hami_bench_claims2 was still being generated). Only what the reports read is realistic: registration dates spread
-- evenly over three years up to 2026-12-01 (not correlated with the id), ten insurers, 2,000 contracts and
-- policyholders, states by age as GenerateClaims draws them (over 60 days: 85% paid, 8.5% rejected, the rest in
-- finance, returned or assessed; recent ones over every state), a deficiency in 12%, stage dates 1-30, 1-9 and
-- 2-15 days apart, amounts of 0.5-50 million Rials. Rows are as wide as real ones (names, IBAN, remarks).
-- Run: mysql -uroot < this file (schema), then the chunk below ten times with @FROM@/@TO@ = 1/1000000 …
-- 9000001/10000000, then the V15 indexes (ix_claim_state, ix_claim_person, the FK indexes on insurer_id and
-- contract_id); ReportsBench adds V20's.
create database if not exists hami_bench_reports character set utf8mb4 collate utf8mb4_unicode_ci;
use hami_bench_reports;
drop table if exists claim; drop table if exists insurance_contract; drop table if exists policyholder; drop table if exists insurer;
create table insurer (id bigint primary key, code varchar(20), name varchar(200) not null, version bigint default 0);
create table policyholder (id bigint primary key, name varchar(200) not null, registration_code varchar(20), version bigint default 0);
create index ix_policyholder_name on policyholder (name);
create table insurance_contract (id bigint primary key, contract_number varchar(40) not null, insurer_id bigint not null,
  policyholder_id bigint not null, membership_type varchar(20) default 'GROUP', start_date date not null, end_date date not null,
  e_claims boolean default false, login_policy varchar(20) default 'NORMAL', version bigint not null default 0, premium bigint);
create index ix_contract_policyholder on insurance_contract (policyholder_id);
create index ix_contract_insurer on insurance_contract (insurer_id);
create table claim (
    id bigint not null primary key, tracking_code varchar(10), channel varchar(10) not null, created_by varchar(60) not null,
    client_key varchar(64), person_id bigint not null, main_person_id bigint not null, contract_id bigint not null,
    insurer_id bigint not null, national_id varchar(10) not null, patient_name varchar(200) not null, service_date date not null,
    residence_province_id bigint, center_id bigint, center_name varchar(200), service_type_id bigint, service_id bigint,
    cover_id bigint, requested_amount bigint, basic_insurance varchar(20), council_code varchar(10),
    e_prescription boolean not null default false, e_prescription_code varchar(30), description varchar(1000),
    confirmed_mobile varchar(11), mobile_confirmed_at datetime, draft_step int not null default 1, state varchar(24) not null,
    duplicate_of varchar(10), duplicate_reason varchar(500), created_at datetime not null, registered_at datetime,
    updated_at datetime not null, deficiency_note varchar(1000), deficiency_round int not null default 0,
    reject_reason varchar(1000), received_at datetime, originals_place varchar(300), originals_requested_at datetime,
    originals_delivered_at datetime, assessed_at datetime, assessor varchar(200), assessor_remark varchar(1000),
    sent_to_finance_at datetime, finance_file_number varchar(30), finance_remark varchar(1000), paying_unit varchar(200),
    payment_issued_on date, sent_to_bank_on date, deposited_on date, payment_iban varchar(26), remittance_number varchar(30),
    remittance_type varchar(30), return_letter_number varchar(30), returned_on date, total_amount bigint,
    franchise_amount bigint, over_ceiling_amount bigint, out_of_tariff_amount bigint, not_covered_amount bigint,
    commitment_amount bigint, payable_amount bigint, version bigint not null default 0, reject_code varchar(30)
);
insert into insurer (id, code, name) select seq, concat('I', seq), concat('بیمه نمونه ', seq) from seq_1_to_10;
insert into policyholder (id, name) select seq, concat('شرکت نمونه شماره ', seq) from seq_1_to_2000;
insert into insurance_contract (id, contract_number, insurer_id, policyholder_id, start_date, end_date)
  select seq, concat('C-', seq), 1 + seq % 10, seq, date('2023-12-01') + interval (seq % 3) year, date('2024-11-30') + interval (seq % 3) year from seq_1_to_2000;

-- ---- one chunk
insert into claim (id, tracking_code, channel, created_by, person_id, main_person_id, contract_id, insurer_id, national_id,
  patient_name, service_date, center_name, service_type_id, service_id, requested_amount, basic_insurance, description,
  draft_step, state, created_at, registered_at, updated_at, received_at, deficiency_round, deficiency_note, reject_code, reject_reason,
  assessed_at, assessor, sent_to_finance_at, finance_file_number, sent_to_bank_on, deposited_on, payment_iban,
  total_amount, franchise_amount, over_ceiling_amount, out_of_tariff_amount, not_covered_amount, commitment_amount, payable_amount)
select id, lpad(id, 10, '0'), 'MEMBER', concat('u', pid), pid, pid, k, i, lpad(pid, 10, '0'), 'بیمار نمونه آزمون برای سنجش',
  date(reg) - interval 3 day, 'درمانگاه نمونه شهر', 1, 1, req, 'SALAMAT', 'ویزیت پزشک عمومی و دارو',
  5, st, reg, reg, reg, reg, defr, if(defr > 0, 'تصویر نسخه خوانا نیست', null),
  if(st = 'REJECTED', elt(1 + floor(r4 * 7), 'NOT_COVERED', 'NOT_INSURED_ON_DATE', 'DUPLICATE', 'INVALID_DOCUMENTS', 'LATE_SUBMISSION', 'PAID_ELSEWHERE', 'OTHER'), null),
  if(st = 'REJECTED', 'رد شد', null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), ass, null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), 'کارشناس نمونه', null),
  if(st in ('SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), fin, null),
  if(st in ('SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), 'FN-1', null),
  if(st in ('PAID', 'PAYMENT_RETURNED'), date(fin) + interval 1 day, null),
  if(st in ('PAID', 'PAYMENT_RETURNED'), date(fin) + interval (2 + floor(r5 * 14)) day, null),
  if(st in ('PAID', 'PAYMENT_RETURNED'), 'IR120170000000123456783456', null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), req, null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), floor(req * 0.1), null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), 0, null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), floor(req * 0.05), null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), 0, null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), req - floor(req * 0.05), null),
  if(st in ('ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAYMENT_RETURNED'), req - floor(req * 0.05) - floor(req * 0.1), null)
from (
  select id, pid, k, i, reg, req, defr, r4, r5, ass, ass + interval (1 + floor(r3 * 9)) day as fin,
    case
      when age > 60 then (case when r1 < 0.85 then 'PAID' when r1 < 0.935 then 'REJECTED' when r1 < 0.96 then 'SENT_TO_FINANCE'
                               when r1 < 0.97 then 'PAYMENT_RETURNED' else 'ASSESSED' end)
      else elt(1 + floor(r1 * 10), 'REGISTERED', 'DEFICIENCY', 'DEFICIENCY_FIXED', 'AWAITING_ORIGINALS', 'ORIGINALS_DELIVERED',
                'ASSESSED', 'SENT_TO_FINANCE', 'PAID', 'PAID', 'REJECTED')
    end as st
  from (
    select seq as id, 1 + floor(rand() * 960000) as pid, k, 1 + k % 10 as i, reg, datediff('2026-12-01', reg) as age,
      500000 * (1 + floor(pow(rand(), 3) * 100)) as req, if(rand() < 0.12, 1, 0) as defr,
      rand() as r1, rand() as r3, rand() as r4, rand() as r5, reg + interval (1 + floor(pow(rand(), 2) * 30)) day as ass
    from (select seq, 1 + floor(rand() * 2000) as k,
                 timestamp('2023-12-01 00:00:00') + interval floor(rand() * 94608000) second as reg
          from seq_@FROM@_to_@TO@) a
  ) b
) c;
