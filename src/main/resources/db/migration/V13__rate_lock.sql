-- One row per rate-limit bucket, locked (updated) by whoever counts and records in that bucket, so that check and
-- record are one step on every portal node: parallel requests cannot all pass the count before any is recorded.
create table rate_lock (
    bucket varchar(120) not null primary key,
    touched_at datetime not null
);
create index ix_rate_lock_touched on rate_lock (touched_at);
