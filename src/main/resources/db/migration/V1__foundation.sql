-- Hami foundation schema: insurers, contracts and plans, persons and coverage, accounts, SMS, announcements.
-- One portable script for MySQL/MariaDB and H2: plain types only (no vendor placeholders, see STACK-NOTES 5).
-- Ids come from id_sequence (JPA TABLE generation): portable and friendly to batched inserts.

create table id_sequence (
    seq_name varchar(60) not null primary key,
    next_val bigint not null
);

create table stored_file (
    id bigint not null primary key,
    file_name varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    data longblob not null,
    created_at datetime not null
);

create table insurer (
    id bigint not null primary key,
    code varchar(20) not null,
    name varchar(200) not null,
    logo_file_id bigint,
    version bigint not null default 0,
    constraint uq_insurer_code unique (code),
    constraint fk_insurer_logo foreign key (logo_file_id) references stored_file (id)
);

create table policyholder (
    id bigint not null primary key,
    name varchar(200) not null,
    registration_code varchar(20),
    version bigint not null default 0
);
create index ix_policyholder_name on policyholder (name);

create table insurance_contract (
    id bigint not null primary key,
    contract_number varchar(40) not null,
    insurer_id bigint not null,
    policyholder_id bigint not null,
    membership_type varchar(20) not null,
    start_date date not null,
    end_date date not null,
    e_claims boolean not null default false,
    login_policy varchar(20) not null,
    version bigint not null default 0,
    constraint uq_contract_number unique (insurer_id, contract_number),
    constraint fk_contract_insurer foreign key (insurer_id) references insurer (id),
    constraint fk_contract_policyholder foreign key (policyholder_id) references policyholder (id)
);
create index ix_contract_policyholder on insurance_contract (policyholder_id);

create table contract_cover (
    id bigint not null primary key,
    contract_id bigint not null,
    title varchar(200) not null,
    annual_ceiling bigint not null,
    franchise_percent int not null,
    sort_order int not null default 0,
    constraint fk_cover_contract foreign key (contract_id) references insurance_contract (id)
);
create index ix_cover_contract on contract_cover (contract_id, sort_order);

create table person (
    id bigint not null primary key,
    national_id varchar(10) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    father_name varchar(100),
    gender varchar(10) not null,
    birth_date date,
    birth_certificate_no varchar(20),
    mobile varchar(11),
    phone varchar(20),
    email varchar(200),
    address varchar(500),
    postal_code varchar(10),
    iban varchar(26),
    version bigint not null default 0,
    constraint uq_person_national_id unique (national_id)
);
create index ix_person_mobile on person (mobile);

create table coverage (
    id bigint not null primary key,
    contract_id bigint not null,
    person_id bigint not null,
    main_person_id bigint not null,
    member_code varchar(30) not null,
    relation varchar(20) not null,
    start_date date not null,
    end_date date not null,
    version bigint not null default 0,
    constraint uq_coverage_person unique (contract_id, person_id),
    constraint fk_coverage_contract foreign key (contract_id) references insurance_contract (id),
    constraint fk_coverage_person foreign key (person_id) references person (id),
    constraint fk_coverage_main foreign key (main_person_id) references person (id)
);
create index ix_coverage_family on coverage (main_person_id, contract_id, relation);
create index ix_coverage_person on coverage (person_id, end_date);
create index ix_coverage_member_code on coverage (member_code);

create table user_account (
    id bigint not null primary key,
    username varchar(60) not null,
    person_id bigint,
    role varchar(20) not null,
    display_name varchar(200) not null,
    password_hash varchar(400),
    password_changed_at datetime,
    must_change_password boolean not null default false,
    enabled boolean not null default true,
    created_at datetime not null,
    last_login_at datetime,
    version bigint not null default 0,
    constraint uq_account_username unique (username),
    constraint uq_account_person unique (person_id),
    constraint fk_account_person foreign key (person_id) references person (id)
);

create table remember_token (
    id bigint not null primary key,
    token_hash varchar(64) not null,
    account_id bigint not null,
    created_at datetime not null,
    expires_at datetime not null,
    constraint uq_remember_token unique (token_hash),
    constraint fk_remember_account foreign key (account_id) references user_account (id)
);
create index ix_remember_account on remember_token (account_id);

create table verification_code (
    id bigint not null primary key,
    purpose varchar(20) not null,
    subject varchar(40) not null,
    mobile varchar(11) not null,
    code_hash varchar(64) not null,
    created_at datetime not null,
    expires_at datetime not null,
    attempts int not null default 0,
    consumed boolean not null default false
);
create index ix_verification_subject on verification_code (subject, purpose, id);

create table rate_event (
    id bigint not null primary key,
    bucket varchar(120) not null,
    created_at datetime not null
);
create index ix_rate_event_bucket on rate_event (bucket, created_at);
create index ix_rate_event_created on rate_event (created_at);

create table sms_message (
    id bigint not null primary key,
    mobile varchar(11) not null,
    body varchar(700) not null,
    purpose varchar(30) not null,
    status varchar(20) not null,
    provider_ref varchar(100),
    created_at datetime not null
);
create index ix_sms_mobile on sms_message (mobile, id);

create table password_recovery (
    id bigint not null primary key,
    person_id bigint not null,
    contract_id bigint not null,
    created_at datetime not null,
    constraint fk_recovery_person foreign key (person_id) references person (id),
    constraint fk_recovery_contract foreign key (contract_id) references insurance_contract (id)
);
create index ix_recovery_person on password_recovery (person_id, contract_id);

create table announcement (
    id bigint not null primary key,
    title varchar(200) not null,
    body varchar(4000) not null,
    insurer_id bigint,
    published_on date not null,
    expires_on date,
    active boolean not null default true,
    created_by varchar(60) not null,
    created_at datetime not null,
    version bigint not null default 0,
    constraint fk_announcement_insurer foreign key (insurer_id) references insurer (id)
);
create index ix_announcement_published on announcement (active, published_on);

create table roster_import (
    id bigint not null primary key,
    contract_id bigint not null,
    file_name varchar(255) not null,
    uploaded_by varchar(60) not null,
    started_at datetime not null,
    finished_at datetime,
    status varchar(20) not null,
    total_rows int not null default 0,
    inserted_rows int not null default 0,
    updated_rows int not null default 0,
    rejected_rows int not null default 0,
    rejected_file_id bigint,
    constraint fk_import_contract foreign key (contract_id) references insurance_contract (id),
    constraint fk_import_rejected foreign key (rejected_file_id) references stored_file (id)
);
create index ix_import_contract on roster_import (contract_id, id);

create table audit_log (
    id bigint not null primary key,
    at_time datetime not null,
    actor varchar(60) not null,
    action varchar(40) not null,
    detail varchar(1000),
    ip varchar(45)
);
create index ix_audit_actor on audit_log (actor, id);

insert into id_sequence (seq_name, next_val) values
    ('stored_file', 1000), ('insurer', 1000), ('policyholder', 1000), ('insurance_contract', 1000),
    ('contract_cover', 1000), ('person', 1000), ('coverage', 1000), ('user_account', 1000),
    ('remember_token', 1000), ('verification_code', 1000), ('rate_event', 1000), ('sms_message', 1000),
    ('password_recovery', 1000), ('announcement', 1000), ('roster_import', 1000), ('audit_log', 1000);
