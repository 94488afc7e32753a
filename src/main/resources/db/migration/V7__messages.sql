-- The message / file channel (seed 004, «ارسال فایل / پیام»): a member or a public visitor writes to a unit of an
-- insurer; staff of the referral unit answer in the same thread. Attachments are stored files (stored_file), first
-- staged under the sender's one-time form key, then linked to the post that sent them.
-- Indexes follow the queries: the staff inbox (status, insurer/unit, assignee, date; oldest first by id), a
-- member's own threads, a thread's posts and attachments, the tracking code, and the purge of stale staged files.

create table message_thread (
    id bigint not null primary key,
    tracking_code varchar(12) not null,
    insurer_id bigint not null,
    unit varchar(20) not null,
    subject varchar(200) not null,
    status varchar(10) not null,
    -- the member who wrote it (null: a visitor of the public site)
    sender_person_id bigint,
    sender_name varchar(200) not null,
    sender_mobile varchar(11),
    sender_email varchar(200),
    created_at datetime not null,
    last_post_at datetime not null,
    assigned_to varchar(60),
    assigned_by varchar(60),
    assigned_at datetime,
    closed_by varchar(60),
    closed_at datetime,
    version bigint not null default 0,
    constraint uq_thread_tracking unique (tracking_code),
    constraint fk_thread_insurer foreign key (insurer_id) references insurer (id),
    constraint fk_thread_person foreign key (sender_person_id) references person (id)
);
create index ix_thread_status on message_thread (status, id);
create index ix_thread_insurer on message_thread (insurer_id, unit, status, id);
create index ix_thread_assignee on message_thread (assigned_to, status, id);
create index ix_thread_sender on message_thread (sender_person_id, id);
create index ix_thread_created on message_thread (created_at, status);

create table message_post (
    id bigint not null primary key,
    thread_id bigint not null,
    -- SENDER (the member or visitor) or STAFF
    author_kind varchar(10) not null,
    author varchar(200) not null,
    body varchar(4000) not null,
    created_at datetime not null,
    -- the one-time key of the form that sent it: a second submit of the same form finds this post
    client_key varchar(40) not null,
    constraint uq_post_client_key unique (client_key),
    constraint fk_post_thread foreign key (thread_id) references message_thread (id)
);
create index ix_post_thread on message_post (thread_id, id);

create table message_attachment (
    id bigint not null primary key,
    file_id bigint not null,
    -- while staged (not yet sent): the form's key; null once sent
    form_key varchar(40),
    post_id bigint,
    thread_id bigint,
    file_name varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes bigint not null,
    created_at datetime not null,
    constraint fk_attachment_file foreign key (file_id) references stored_file (id),
    constraint fk_attachment_post foreign key (post_id) references message_post (id),
    constraint fk_attachment_thread foreign key (thread_id) references message_thread (id)
);
create index ix_attachment_form on message_attachment (form_key, id);
create index ix_attachment_thread on message_attachment (thread_id, post_id);
create index ix_attachment_staged on message_attachment (post_id, created_at);
create index ix_attachment_file on message_attachment (file_id);

insert into id_sequence (seq_name, next_val) values ('message_thread', 1000), ('message_post', 1000),
    ('message_attachment', 1000);
