-- Treatment-centre network and eligibility: the shared core. Reference data (provinces, cities) and the
-- centres' services, physicians and the referral unit's contact lines come in later migrations.

create table province (
    id bigint not null primary key,
    code varchar(4) not null,
    name varchar(100) not null,
    name_en varchar(100) not null,
    constraint uq_province_code unique (code)
);

create table city (
    id bigint not null primary key,
    province_id bigint not null,
    name varchar(100) not null,
    constraint fk_city_province foreign key (province_id) references province (id)
);
create index ix_city_province on city (province_id, name);

create table treatment_center (
    id bigint not null primary key,
    code varchar(20) not null,
    name varchar(200) not null,
    -- the name normalised for search (Persian letters, digits, spaces), lower case
    search_name varchar(200) not null,
    center_type varchar(30) not null,
    contract_type varchar(30) not null,
    province_id bigint not null,
    city_id bigint not null,
    address varchar(500),
    phone varchar(40),
    fax varchar(40),
    website varchar(200),
    latitude decimal(9, 6),
    longitude decimal(9, 6),
    issues_referrals boolean not null default false,
    online_referrals boolean not null default false,
    active boolean not null default true,
    version bigint not null default 0,
    constraint uq_center_code unique (code),
    constraint fk_center_province foreign key (province_id) references province (id),
    constraint fk_center_city foreign key (city_id) references city (id)
);
create index ix_center_place on treatment_center (province_id, city_id, center_type, id);
create index ix_center_search on treatment_center (search_name);
create index ix_center_flags on treatment_center (issues_referrals, online_referrals, id);

create table center_insurer (
    center_id bigint not null,
    insurer_id bigint not null,
    primary key (center_id, insurer_id),
    constraint fk_ci_center foreign key (center_id) references treatment_center (id),
    constraint fk_ci_insurer foreign key (insurer_id) references insurer (id)
);
create index ix_ci_insurer on center_insurer (insurer_id, center_id);

-- a treatment-centre user belongs to one centre
alter table user_account add column center_id bigint;
alter table user_account add constraint fk_account_center foreign key (center_id) references treatment_center (id);

insert into id_sequence (seq_name, next_val) values ('province', 1000), ('city', 1000), ('treatment_center', 1000);
