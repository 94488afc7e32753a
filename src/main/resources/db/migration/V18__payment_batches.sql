-- Finance (issue 16): payment batches per insurer, the lines the bank transfer file is made of, and the return
-- letters of failed transfers. Portable for MariaDB/MySQL and H2. Sized for ten million claims and batches of a
-- hundred thousand: every query below reads one index range in its order.

-- A batch of one insurer's claims paid together: built (its lines frozen), sent to the bank (a date), paid (a date).
create table payment_batch (
    id bigint not null primary key,
    insurer_id bigint not null,
    -- shown to people and written as the remittance number of each claim: "PB-" and the id
    batch_number varchar(30) not null,
    -- BatchStatus: BUILT, SENDING, SENT, PAYING, PAID (SENDING/PAYING: marking the claims, chunk by chunk)
    status varchar(20) not null,
    claim_count int not null,
    total_amount bigint not null,
    built_by varchar(60) not null,
    built_at datetime not null,
    sent_to_bank_on date,
    sent_by varchar(60),
    deposited_on date,
    paid_by varchar(60),
    version bigint not null default 0,
    constraint uq_payment_batch_number unique (batch_number),
    constraint fk_payment_batch_insurer foreign key (insurer_id) references insurer (id)
);
-- an insurer's batches, newest first; every batch, newest first
create index ix_payment_batch_insurer on payment_batch (insurer_id, id);

-- One transfer of a batch: the payee's name and IBAN as they were when the batch was built, the amount, and the
-- claim's tracking code as the transfer's reference.
create table payment_batch_line (
    batch_id bigint not null,
    line_no int not null,
    claim_id bigint not null,
    payee_name varchar(200) not null,
    iban varchar(26) not null,
    amount bigint not null,
    reference varchar(30) not null,
    primary key (batch_id, line_no),
    constraint fk_payment_line_batch foreign key (batch_id) references payment_batch (id),
    constraint fk_payment_line_claim foreign key (claim_id) references claim (id)
);
create index ix_payment_line_claim on payment_batch_line (claim_id, batch_id);

-- The batch a claim is in while its payment is under way (null: in none; a returned claim leaves its batch).
alter table claim add column batch_id bigint;
alter table claim add constraint fk_claim_batch foreign key (batch_id) references payment_batch (id);
-- the claims of a batch still to mark (sent to bank, paid), by id
create index ix_claim_batch on claim (batch_id, state, id);
-- an insurer's claims awaiting finance or a batch, by state, by id
create index ix_claim_insurer_state on claim (insurer_id, state, batch_id, id);

-- A bank's return letter for one claim's failed transfer (the claim goes to PAYMENT_RETURNED).
create table payment_return (
    id bigint not null primary key,
    claim_id bigint not null,
    batch_id bigint,
    letter_number varchar(30) not null,
    returned_on date not null,
    -- ReturnReason: BAD_IBAN, NAME_MISMATCH, OTHER
    reason varchar(20) not null,
    -- the IBAN the transfer went to: the claim joins a new batch only once its payee's IBAN is another
    iban varchar(26),
    recorded_by varchar(60) not null,
    recorded_at datetime not null,
    constraint fk_payment_return_claim foreign key (claim_id) references claim (id),
    constraint fk_payment_return_batch foreign key (batch_id) references payment_batch (id)
);
create index ix_payment_return_claim on payment_return (claim_id, id);
create index ix_payment_return_batch on payment_return (batch_id, id);

insert into id_sequence (seq_name, next_val) values ('payment_batch', 1000), ('payment_return', 1000);
