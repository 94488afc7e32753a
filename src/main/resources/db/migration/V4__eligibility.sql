-- Eligibility: the centres' API keys (stored hashed) and the audit trail of every eligibility check.

create table api_key (
    id bigint not null primary key,
    center_id bigint not null,
    -- the first characters of the key, shown to administrators and used as the key's name in the audit trail
    key_prefix varchar(16) not null,
    -- SHA-256 hex of the whole key: keys are long and random, so a slow hash buys nothing
    key_hash varchar(64) not null,
    label varchar(200) not null,
    created_at datetime not null,
    created_by varchar(60) not null,
    revoked_at datetime,
    last_used_at datetime,
    constraint uq_api_key_hash unique (key_hash),
    constraint fk_api_key_center foreign key (center_id) references treatment_center (id)
);
create index ix_api_key_center on api_key (center_id, id);

create table eligibility_check (
    id bigint not null primary key,
    center_id bigint not null,
    -- the centre user's username, or 'api:' and the key prefix
    actor varchar(80) not null,
    channel varchar(10) not null,
    national_id varchar(10) not null,
    checked_at datetime not null,
    covered boolean not null,
    answer varchar(300) not null,
    constraint fk_check_center foreign key (center_id) references treatment_center (id)
);
create index ix_check_center on eligibility_check (center_id, id);

insert into id_sequence (seq_name, next_val) values ('api_key', 1000), ('eligibility_check', 1000);
