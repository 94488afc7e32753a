-- Claims (خسارت), one model for the member's side (issue 15) and the back office (issue 16): the catalogue of service
-- types, services and the document types each service requires; the claim with its state, stages, amounts and
-- history; its items and deductions as the assessment left them; its document images per round; what assessed claims
-- used of each cover's annual ceiling; admissions (پذیرش), batches of documents a member confirms.
-- Portable for MariaDB/MySQL and H2. Sized for ten million claims: a person's list reads one index in its order.

-- Which claims a cover pays (hospital, para-clinic, drugs...), and whether its ceiling is per person or per family.
alter table contract_cover add column cover_kind varchar(20);
alter table contract_cover add column family_ceiling boolean default false not null;

create table claim_service_type (
    id bigint not null primary key,
    code varchar(30) not null,
    title varchar(200) not null,
    -- the kind of cover that pays it (CoverKind)
    cover_kind varchar(20) not null,
    sort_order int not null default 0,
    active boolean not null default true,
    version bigint not null default 0,
    constraint uq_claim_service_type_code unique (code)
);

create table claim_service (
    id bigint not null primary key,
    type_id bigint not null,
    code varchar(30) not null,
    title varchar(200) not null,
    active boolean not null default true,
    version bigint not null default 0,
    constraint uq_claim_service_code unique (code),
    constraint fk_claim_service_type foreign key (type_id) references claim_service_type (id)
);
create index ix_claim_service_type on claim_service (type_id, title);

create table claim_document_type (
    id bigint not null primary key,
    code varchar(30) not null,
    title varchar(200) not null,
    active boolean not null default true,
    version bigint not null default 0,
    constraint uq_claim_document_type_code unique (code)
);

-- The document types a service needs; mandatory ones must each have an image before a claim is submitted.
create table claim_required_document (
    id bigint not null primary key,
    service_id bigint not null,
    document_type_id bigint not null,
    mandatory boolean not null default true,
    constraint uq_claim_required unique (service_id, document_type_id),
    constraint fk_claim_required_service foreign key (service_id) references claim_service (id),
    constraint fk_claim_required_type foreign key (document_type_id) references claim_document_type (id)
);

create table claim (
    id bigint not null primary key,
    -- given on submission (10 digits, Luhn check digit); null while a draft
    tracking_code varchar(10),
    channel varchar(10) not null,
    -- who made it, and the one-time key of the form that started it: a double start is one draft
    created_by varchar(60) not null,
    client_key varchar(64),
    -- the insured person, the family's main member on that coverage, the contract and its insurer
    person_id bigint not null,
    main_person_id bigint not null,
    contract_id bigint not null,
    insurer_id bigint not null,
    national_id varchar(10) not null,
    patient_name varchar(200) not null,
    service_date date not null,
    -- where the member lives: decides where the original documents go
    residence_province_id bigint,
    center_id bigint,
    -- typed when the centre was not found in the list
    center_name varchar(200),
    service_type_id bigint,
    service_id bigint,
    cover_id bigint,
    -- the amount the member paid and asks for
    requested_amount bigint,
    basic_insurance varchar(20),
    council_code varchar(10),
    e_prescription boolean not null default false,
    e_prescription_code varchar(30),
    description varchar(1000),
    -- the mobile the member confirmed with an SMS code before submitting
    confirmed_mobile varchar(11),
    mobile_confirmed_at datetime,
    draft_step int not null default 1,
    state varchar(24) not null,
    -- the member was warned of a likely duplicate and submitted anyway
    duplicate_of varchar(10),
    duplicate_reason varchar(500),
    created_at datetime not null,
    registered_at datetime,
    updated_at datetime not null,
    -- the assessor's word to the member, and the round of images being asked for (0: the submission)
    deficiency_note varchar(1000),
    deficiency_round int not null default 0,
    reject_reason varchar(1000),
    -- stages
    received_at datetime,
    originals_place varchar(300),
    originals_requested_at datetime,
    originals_delivered_at datetime,
    assessed_at datetime,
    assessor varchar(200),
    assessor_remark varchar(1000),
    sent_to_finance_at datetime,
    finance_file_number varchar(30),
    finance_remark varchar(1000),
    paying_unit varchar(200),
    payment_issued_on date,
    sent_to_bank_on date,
    deposited_on date,
    payment_iban varchar(26),
    remittance_number varchar(30),
    remittance_type varchar(30),
    return_letter_number varchar(30),
    returned_on date,
    -- amounts in Rials as the assessment left them (null before it)
    total_amount bigint,
    franchise_amount bigint,
    over_ceiling_amount bigint,
    out_of_tariff_amount bigint,
    not_covered_amount bigint,
    commitment_amount bigint,
    payable_amount bigint,
    version bigint not null default 0,
    constraint uq_claim_tracking unique (tracking_code),
    constraint uq_claim_client unique (created_by, client_key),
    constraint fk_claim_person foreign key (person_id) references person (id),
    constraint fk_claim_main foreign key (main_person_id) references person (id),
    constraint fk_claim_contract foreign key (contract_id) references insurance_contract (id),
    constraint fk_claim_insurer foreign key (insurer_id) references insurer (id),
    constraint fk_claim_province foreign key (residence_province_id) references province (id),
    constraint fk_claim_center foreign key (center_id) references treatment_center (id),
    constraint fk_claim_service_type_ref foreign key (service_type_id) references claim_service_type (id),
    constraint fk_claim_service_ref foreign key (service_id) references claim_service (id),
    constraint fk_claim_cover foreign key (cover_id) references contract_cover (id)
);
-- one person's claims, newest first (the member's list and its state filters)
create index ix_claim_person on claim (person_id, created_at, id);
-- the family's claims of a service date (duplicate warning)
create index ix_claim_family_day on claim (main_person_id, service_date, id);
-- the back office's queues by state
create index ix_claim_state on claim (state, registered_at, id);
-- a member's drafts
create index ix_claim_creator on claim (created_by, state, id);

create table claim_item (
    id bigint not null primary key,
    claim_id bigint not null,
    line_no int not null,
    -- DRUG, SERVICE, VISIT... (ItemKind): the medical file groups by it
    item_kind varchar(20) not null,
    title varchar(200) not null,
    physician varchar(200),
    council_code varchar(10),
    prescribed_on date,
    quantity int not null default 1,
    total_amount bigint not null,
    deducted_amount bigint not null,
    payable_amount bigint not null,
    constraint fk_claim_item_claim foreign key (claim_id) references claim (id)
);
create index ix_claim_item_claim on claim_item (claim_id, line_no);

create table claim_deduction (
    id bigint not null primary key,
    claim_id bigint not null,
    item_id bigint,
    kind varchar(20) not null,
    amount bigint not null,
    explanation varchar(500) not null,
    constraint fk_claim_deduction_claim foreign key (claim_id) references claim (id),
    constraint fk_claim_deduction_item foreign key (item_id) references claim_item (id)
);
create index ix_claim_deduction_claim on claim_deduction (claim_id, id);

create table claim_event (
    id bigint not null primary key,
    claim_id bigint not null,
    at_time datetime not null,
    actor varchar(60) not null,
    action varchar(30) not null,
    from_state varchar(24),
    to_state varchar(24) not null,
    note varchar(1000),
    constraint fk_claim_event_claim foreign key (claim_id) references claim (id)
);
create index ix_claim_event_claim on claim_event (claim_id, id);

create table claim_document (
    id bigint not null primary key,
    claim_id bigint not null,
    -- copied from the claim: a family's identical images are found through one index
    main_person_id bigint not null,
    file_id bigint not null,
    document_type_id bigint not null,
    file_name varchar(255) not null,
    sha256 varchar(64) not null,
    -- 0: sent with the claim; n: sent to fix the n-th deficiency
    round_no int not null default 0,
    added_by varchar(60) not null,
    added_at datetime not null,
    constraint fk_claim_document_claim foreign key (claim_id) references claim (id),
    constraint fk_claim_document_file foreign key (file_id) references stored_file (id),
    constraint fk_claim_document_type foreign key (document_type_id) references claim_document_type (id)
);
create index ix_claim_document_claim on claim_document (claim_id, id);
create index ix_claim_document_hash on claim_document (main_person_id, sha256);

-- What assessed claims used of one cover's ceiling, per person (family ceilings add the family's rows up).
create table cover_usage (
    id bigint not null primary key,
    cover_id bigint not null,
    contract_id bigint not null,
    person_id bigint not null,
    main_person_id bigint not null,
    used_amount bigint not null default 0,
    claim_count int not null default 0,
    version bigint not null default 0,
    constraint uq_cover_usage unique (cover_id, person_id),
    constraint fk_cover_usage_cover foreign key (cover_id) references contract_cover (id),
    constraint fk_cover_usage_person foreign key (person_id) references person (id)
);
create index ix_cover_usage_family on cover_usage (main_person_id, contract_id);
create index ix_cover_usage_person on cover_usage (person_id, contract_id);

-- Admissions (پذیرش): a batch of documents a member uploads and confirms; frozen once confirmed.
create table claim_admission (
    id bigint not null primary key,
    tracking_code varchar(10) not null,
    created_by varchar(60) not null,
    client_key varchar(64),
    person_id bigint not null,
    main_person_id bigint not null,
    contract_id bigint not null,
    title varchar(200) not null,
    description varchar(1000),
    state varchar(20) not null,
    reject_reason varchar(1000),
    created_at datetime not null,
    confirmed_at datetime,
    decided_at datetime,
    updated_at datetime not null,
    version bigint not null default 0,
    constraint uq_admission_tracking unique (tracking_code),
    constraint uq_admission_client unique (created_by, client_key),
    constraint fk_admission_person foreign key (person_id) references person (id),
    constraint fk_admission_main foreign key (main_person_id) references person (id),
    constraint fk_admission_contract foreign key (contract_id) references insurance_contract (id)
);
create index ix_admission_person on claim_admission (person_id, created_at, id);
create index ix_admission_state on claim_admission (state, confirmed_at, id);

create table claim_admission_document (
    id bigint not null primary key,
    admission_id bigint not null,
    file_id bigint not null,
    document_type_id bigint not null,
    file_name varchar(255) not null,
    note varchar(300),
    added_at datetime not null,
    constraint fk_admission_document_admission foreign key (admission_id) references claim_admission (id),
    constraint fk_admission_document_file foreign key (file_id) references stored_file (id),
    constraint fk_admission_document_type foreign key (document_type_id) references claim_document_type (id)
);
create index ix_admission_document on claim_admission_document (admission_id, id);

insert into id_sequence (seq_name, next_val) values
    ('claim_service_type', 1000),
    ('claim_service', 1000),
    ('claim_document_type', 1000),
    ('claim_required_document', 1000),
    ('claim', 1000),
    ('claim_item', 1000),
    ('claim_deduction', 1000),
    ('claim_event', 1000),
    ('claim_document', 1000),
    ('cover_usage', 1000),
    ('claim_admission', 1000),
    ('claim_admission_document', 1000);

-- A starter catalogue; administrators keep it from the staff pages.
insert into claim_service_type (id, code, title, cover_kind, sort_order) values
    (1, 'VISIT', 'ویزیت پزشک', 'OUTPATIENT', 1),
    (2, 'DRUG', 'دارو', 'DRUG', 2),
    (3, 'LAB', 'آزمایشگاه', 'PARACLINIC', 3),
    (4, 'IMAGING', 'تصویربرداری', 'PARACLINIC', 4),
    (5, 'HOSPITAL', 'بستری و جراحی', 'HOSPITAL', 5),
    (6, 'DENTAL', 'دندانپزشکی', 'DENTAL', 6),
    (7, 'OPTICS', 'عینک و لنز', 'OPTICS', 7),
    (8, 'PHYSIO', 'فیزیوتراپی', 'PARACLINIC', 8);
insert into claim_document_type (id, code, title) values
    (1, 'INVOICE', 'اصل صورتحساب یا فاکتور'),
    (2, 'PRESCRIPTION', 'نسخه یا دستور پزشک'),
    (3, 'LAB_RESULT', 'جواب آزمایش'),
    (4, 'IMAGING_REPORT', 'گزارش تصویربرداری'),
    (5, 'DISCHARGE', 'خلاصه پرونده بستری'),
    (6, 'SURGERY_REPORT', 'شرح عمل جراحی'),
    (7, 'DENTAL_CHART', 'طرح درمان دندانپزشکی'),
    (8, 'OPTOMETRY', 'نسخه بینایی‌سنجی'),
    (9, 'OTHER', 'سایر مدارک');
insert into claim_service (id, type_id, code, title) values
    (1, 1, 'V-GP', 'ویزیت پزشک عمومی'),
    (2, 1, 'V-SP', 'ویزیت پزشک متخصص'),
    (3, 2, 'D-RX', 'داروی نسخه‌ای'),
    (4, 3, 'L-BLOOD', 'آزمایش خون'),
    (5, 3, 'L-URINE', 'آزمایش ادرار'),
    (6, 4, 'I-SONO', 'سونوگرافی'),
    (7, 4, 'I-MRI', 'ام‌آر‌آی'),
    (8, 4, 'I-XRAY', 'رادیولوژی'),
    (9, 5, 'H-ADM', 'بستری'),
    (10, 5, 'H-SURG', 'جراحی'),
    (11, 6, 'DN-FILL', 'ترمیم دندان'),
    (12, 6, 'DN-EXT', 'کشیدن دندان'),
    (13, 7, 'O-GLASS', 'عینک طبی'),
    (14, 8, 'P-PHYS', 'فیزیوتراپی');
insert into claim_required_document (id, service_id, document_type_id, mandatory) values
    (1, 1, 1, true),
    (2, 1, 9, false),
    (3, 2, 1, true),
    (4, 2, 9, false),
    (5, 3, 1, true),
    (6, 3, 2, true),
    (7, 3, 9, false),
    (8, 4, 1, true),
    (9, 4, 2, true),
    (10, 4, 3, true),
    (11, 4, 9, false),
    (12, 5, 1, true),
    (13, 5, 2, true),
    (14, 5, 3, true),
    (15, 5, 9, false),
    (16, 6, 1, true),
    (17, 6, 2, true),
    (18, 6, 4, true),
    (19, 6, 9, false),
    (20, 7, 1, true),
    (21, 7, 2, true),
    (22, 7, 4, true),
    (23, 7, 9, false),
    (24, 8, 1, true),
    (25, 8, 2, true),
    (26, 8, 4, true),
    (27, 8, 9, false),
    (28, 9, 1, true),
    (29, 9, 5, true),
    (30, 9, 9, false),
    (31, 10, 1, true),
    (32, 10, 5, true),
    (33, 10, 6, true),
    (34, 10, 9, false),
    (35, 11, 1, true),
    (36, 11, 7, true),
    (37, 11, 9, false),
    (38, 12, 1, true),
    (39, 12, 7, true),
    (40, 12, 9, false),
    (41, 13, 1, true),
    (42, 13, 8, true),
    (43, 13, 9, false),
    (44, 14, 1, true),
    (45, 14, 2, true),
    (46, 14, 9, false);
