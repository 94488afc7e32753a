-- The members' API (issue 17): refresh tokens of the mobile app. Only the SHA-256 of a token is stored. Each use
-- replaces the token with a new one of the same chain (one sign-in on one device); a token used twice means it was
-- copied, and the whole chain is revoked. Revoked by the member ("sign out of all devices"), by staff, and by a
-- password change. Access tokens are short-lived signed JWTs and are not stored.
create table api_refresh_token (
    id bigint not null primary key,
    token_hash varchar(64) not null,
    account_id bigint not null,
    -- the sign-in this token descends from: revoking it revokes every token of that device
    chain varchar(24) not null,
    device varchar(100),
    created_at datetime not null,
    expires_at datetime not null,
    used_at datetime,
    revoked_at datetime,
    constraint uq_api_refresh_token unique (token_hash),
    constraint fk_api_refresh_account foreign key (account_id) references user_account (id)
);
create index ix_api_refresh_account on api_refresh_token (account_id, revoked_at);
create index ix_api_refresh_chain on api_refresh_token (chain);
-- expired rows are purged by age
create index ix_api_refresh_expires on api_refresh_token (expires_at);

insert into id_sequence (seq_name, next_val) values ('api_refresh_token', 1000);
