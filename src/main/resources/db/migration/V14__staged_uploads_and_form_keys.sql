-- One staging area for every form's uploads (issue 14, point 6): a file chosen on a form is a stored file
-- (stored_file) staged for its owner (an account, or a visitor's form) and form until the form is submitted, removed
-- from the form, or purged when left unsent. The owner's quota counts its rows; the purge walks them by age.
-- Message attachments are no longer staged in message_attachment: its form_key column stays empty from now on.

create table staged_upload (
    id bigint not null primary key,
    -- account:<username> or visitor:<form key>
    owner_key varchar(120) not null,
    -- a visitor's client address (null for an account)
    address varchar(64),
    form_key varchar(40) not null,
    slot varchar(40) not null,
    file_id bigint not null,
    file_name varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes bigint not null,
    created_at datetime not null,
    version bigint not null default 0,
    constraint fk_staged_file foreign key (file_id) references stored_file (id)
);
create index ix_staged_owner on staged_upload (owner_key, size_bytes);
create index ix_staged_form on staged_upload (form_key, id);
create index ix_staged_created on staged_upload (created_at, id);

-- One idempotency record per submitted create form whose record has no form key of its own (a centre, a procedure,
-- an announcement, an API key, a roster import...): the form's one-time key, unique, and what it made. A second
-- submit of the same form finds it and answers with the first result; one racing past that check stops here.
create table form_submission (
    form_key varchar(40) not null primary key,
    kind varchar(40) not null,
    record_id bigint,
    submitted_by varchar(120) not null,
    created_at datetime not null
);
create index ix_form_submission_created on form_submission (created_at);

-- Message files staged before this version move here (under their own form key as owner), so the purge drops them
-- like any other unsent file; their ids are kept, and the sequence starts above them.
insert into staged_upload (id, owner_key, address, form_key, slot, file_id, file_name, content_type, size_bytes,
        created_at, version)
    select id, concat('legacy:', form_key), null, form_key, 'files', file_id, file_name, content_type, size_bytes,
        created_at, 0
    from message_attachment where post_id is null and form_key is not null;
delete from message_attachment where post_id is null;
-- (message_attachment's sequence is above every id it ever gave)
insert into id_sequence (seq_name, next_val)
    select 'staged_upload', next_val + 1000 from id_sequence where seq_name = 'message_attachment';
