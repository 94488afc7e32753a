-- Centre name search through an index: `search_name like '%word%'` reads every centre (about 47 ms at 50,000 on
-- MariaDB). Each centre's name is split into words (runs of letters, digits and marks of its search form; spaces,
-- punctuation and ZWNJ separate them) and every suffix of every word, cut to 50 characters, is a row here, so that
-- a typed word found with `token like 'word%'` matches anywhere inside a word of the name, as before, through the
-- index. The portal writes the rows when a centre is created or renamed (form, import, demo data, generators) and
-- fills them at start for centres that have none (centres of databases created before this migration).
-- No primary key on purpose: two suffixes the database's collation compares equal (e.g. differing in an ignorable
-- mark) must not make a centre unsavable.
create table center_name_token (
    token varchar(50) not null,
    center_id bigint not null,
    constraint fk_name_token_center foreign key (center_id) references treatment_center (id)
);
create index ix_name_token on center_name_token (token, center_id);
create index ix_name_token_center on center_name_token (center_id);

-- The referral unit's extensions get their own fields beside each phone (seed 004: «۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی‌های
-- ۰۲۷۱، ۰۲۰۰»), so administrators edit and the portal checks them apart; earlier lines keep them in the phone text.
alter table referral_contact add column office_extensions varchar(200);
alter table referral_contact add column after_hours_extensions varchar(200);
