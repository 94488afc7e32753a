-- Referral letters (معرفی‌نامه): requests from members and centres, the referral unit's decisions, the letter and its
-- public verification, the trusted-physician exam; portal notifications of members. Portable for MariaDB/MySQL and H2.
-- Sized for millions of requests: the work queue reads an index in its own order and stops at the page.

-- Procedures a request may name; those marked requires_exam need a trusted-physician exam (پزشک معتمد) before a
-- letter. Administrators keep the list.
create table referral_procedure (
    id bigint not null primary key,
    code varchar(30) not null,
    title varchar(200) not null,
    requires_exam boolean not null default false,
    active boolean not null default true,
    version bigint not null default 0,
    constraint uq_referral_procedure_code unique (code)
);

create table referral_request (
    id bigint not null primary key,
    -- what the member or centre is given to follow the request (10 digits, Luhn check digit)
    tracking_code varchar(10) not null,
    channel varchar(10) not null,
    -- username of whoever asked (member or centre user), and their one-time form key: a double submit is one request
    requested_by varchar(60) not null,
    client_key varchar(64),
    -- the insured person, the contract and coverage the request is under, and the family's main member
    person_id bigint not null,
    main_person_id bigint not null,
    contract_id bigint not null,
    insurer_id bigint not null,
    -- copied for the queue's filters and table: one index read, no join to person for a page
    national_id varchar(10) not null,
    patient_name varchar(200) not null,
    center_id bigint not null,
    province_id bigint not null,
    procedure_id bigint,
    cause varchar(500) not null,
    physician varchar(200),
    admission_date date not null,
    status varchar(24) not null,
    -- true while the referral unit has to act (submitted, exam required, exam booked): the default queue
    awaiting_unit boolean not null,
    exam_required boolean not null default false,
    requested_at datetime not null,
    updated_at datetime not null,
    -- the letter, once issued
    letter_number varchar(20),
    verification_code varchar(32),
    letter_valid_from date,
    letter_valid_to date,
    covered_procedure varchar(300),
    commitment_ceiling bigint,
    franchise_percent int,
    remarks varchar(1000),
    decided_by varchar(60),
    decided_at datetime,
    -- the unit's last word to the member: refusal reason or the documents asked for
    unit_note varchar(1000),
    -- the trusted-physician exam
    exam_physician varchar(200),
    exam_date date,
    exam_time varchar(5),
    exam_place varchar(300),
    version bigint not null default 0,
    constraint uq_referral_tracking unique (tracking_code),
    constraint uq_referral_letter unique (letter_number),
    constraint uq_referral_verification unique (verification_code),
    constraint uq_referral_client unique (requested_by, client_key),
    constraint fk_referral_person foreign key (person_id) references person (id),
    constraint fk_referral_main foreign key (main_person_id) references person (id),
    constraint fk_referral_contract foreign key (contract_id) references insurance_contract (id),
    constraint fk_referral_insurer foreign key (insurer_id) references insurer (id),
    constraint fk_referral_center foreign key (center_id) references treatment_center (id),
    constraint fk_referral_province foreign key (province_id) references province (id),
    constraint fk_referral_procedure foreign key (procedure_id) references referral_procedure (id)
);
create index ix_referral_awaiting on referral_request (awaiting_unit, requested_at, id);
create index ix_referral_status on referral_request (status, requested_at, id);
create index ix_referral_insurer on referral_request (insurer_id, status, requested_at, id);
create index ix_referral_center on referral_request (center_id, status, id);
create index ix_referral_province on referral_request (province_id, status, requested_at, id);
create index ix_referral_national on referral_request (national_id, id);
create index ix_referral_person on referral_request (person_id, id);
create index ix_referral_family on referral_request (main_person_id, id);
create index ix_referral_requested on referral_request (requested_at, id);

create table referral_attachment (
    id bigint not null primary key,
    request_id bigint not null,
    kind varchar(20) not null,
    file_id bigint not null,
    added_by varchar(60) not null,
    added_at datetime not null,
    constraint fk_ref_att_request foreign key (request_id) references referral_request (id),
    constraint fk_ref_att_file foreign key (file_id) references stored_file (id)
);
create index ix_ref_att_request on referral_attachment (request_id, id);

-- Every change of a request: who, when, what, from which status to which, and the note shown with it.
create table referral_event (
    id bigint not null primary key,
    request_id bigint not null,
    at_time datetime not null,
    actor varchar(60) not null,
    action varchar(24) not null,
    from_status varchar(24),
    to_status varchar(24) not null,
    note varchar(1000),
    constraint fk_ref_event_request foreign key (request_id) references referral_request (id)
);
create index ix_ref_event_request on referral_event (request_id, id);

-- Portal notifications of a member (the main member of a family), beside the SMS that tells the same.
create table member_notification (
    id bigint not null primary key,
    person_id bigint not null,
    created_at datetime not null,
    text varchar(500) not null,
    link varchar(200),
    read_at datetime,
    constraint fk_notification_person foreign key (person_id) references person (id)
);
create index ix_notification_person on member_notification (person_id, id);

insert into id_sequence (seq_name, next_val) values ('referral_procedure', 1000), ('referral_request', 1000),
    ('referral_attachment', 1000), ('referral_event', 1000), ('member_notification', 1000);

-- The procedures most requests name; rhinoplasty and other elective operations need the trusted physician's exam.
insert into referral_procedure (id, code, title, requires_exam, active, version) values
    (1, 'GEN-ADMIT', 'بستری عمومی', false, true, 0),
    (2, 'SURG-GEN', 'جراحی عمومی', false, true, 0),
    (3, 'CSECTION', 'زایمان (سزارین)', false, true, 0),
    (4, 'NVD', 'زایمان طبیعی', false, true, 0),
    (5, 'APPEND', 'آپاندکتومی', false, true, 0),
    (6, 'CHOLE', 'کله‌سیستکتومی (برداشتن کیسه صفرا)', false, true, 0),
    (7, 'ANGIO', 'آنژیوگرافی', false, true, 0),
    (8, 'CATARACT', 'عمل آب مروارید', false, true, 0),
    (9, 'ENDO', 'آندوسکوپی و کولونوسکوپی', false, true, 0),
    (10, 'MRI', 'ام‌آر‌آی', false, true, 0),
    (11, 'CT', 'سی‌تی اسکن', false, true, 0),
    (12, 'RHINO', 'عمل بینی (رینوپلاستی)', true, true, 0),
    (13, 'SEPTO', 'عمل انحراف بینی (سپتوپلاستی)', true, true, 0),
    (14, 'LASIK', 'لیزیک و جراحی رفرکتیو چشم', true, true, 0),
    (15, 'VARICOSE', 'جراحی واریس', true, true, 0),
    (16, 'BARIATRIC', 'جراحی چاقی', true, true, 0),
    (17, 'HERNIA', 'جراحی فتق', false, true, 0),
    (18, 'ORTHO', 'جراحی ارتوپدی', false, true, 0);
