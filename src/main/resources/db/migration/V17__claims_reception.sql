-- Claims back office, reception (issue 16): who assesses a claim (rules an administrator keeps, insurer + province ->
-- assessor; a rule without province is the insurer's default), the supervisor's flag, the delivery of originals, and
-- the indexes of the assessor's queue at ten million claims. Portable for MariaDB/MySQL and H2.

-- The assessor a claim was given to when it was registered (or by a supervisor since); null: unassigned.
alter table claim add column assigned_to varchar(60);
-- The day the branch received the original documents and where (the member's province's branch).
alter table claim add column originals_delivered_on date;
alter table claim add column originals_delivered_place varchar(300);

-- An assessor who may reassign claims (administrators always may).
alter table user_account add column claims_supervisor boolean default false not null;

create table claim_assignment_rule (
    id bigint not null primary key,
    insurer_id bigint not null,
    -- null: the insurer's default for every province without its own rule
    province_id bigint,
    assessor varchar(60) not null,
    updated_by varchar(60) not null,
    updated_at datetime not null,
    version bigint not null default 0,
    constraint fk_assignment_insurer foreign key (insurer_id) references insurer (id),
    constraint fk_assignment_province foreign key (province_id) references province (id)
);
create index ix_assignment_rule on claim_assignment_rule (insurer_id, province_id);

insert into id_sequence (seq_name, next_val) values ('claim_assignment_rule', 1000);

-- The assessor's queue, oldest first (registered_at, id), one state at a time (a queue of several states is a union of
-- one ordered range per state): each filter's column first, then the state, then the order.
-- ix_claim_state (state, registered_at, id) of V15 serves the queue without other filters.
create index ix_claim_queue_assignee on claim (assigned_to, state, registered_at, id);
create index ix_claim_queue_insurer on claim (insurer_id, state, registered_at, id);
create index ix_claim_queue_province on claim (residence_province_id, state, registered_at, id);
create index ix_claim_queue_channel on claim (channel, state, registered_at, id);
-- flagged duplicates are few: the state and the flag first, so a state's duplicates are one short range
create index ix_claim_queue_duplicate on claim (state, duplicate_of, registered_at, id);
create index ix_claim_national on claim (national_id, registered_at, id);
