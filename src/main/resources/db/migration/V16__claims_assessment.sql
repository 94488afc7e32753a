-- Assessment (issue 16): the tariff an administrator keeps (the price the contract pays per unit of a service or
-- drug), what each assessed line asked against it, and which cover paid it.

create table claim_tariff (
    id bigint not null primary key,
    -- the service's or drug's code (national tariff book / IRC), as the assessor types it
    code varchar(30) not null,
    title varchar(200) not null,
    -- what a line of it is (ItemKind) and the service type whose cover pays it
    item_kind varchar(20) not null,
    service_type_id bigint not null,
    unit_price bigint not null,
    active boolean not null default true,
    updated_at datetime not null,
    version bigint not null default 0,
    constraint uq_claim_tariff_code unique (code),
    constraint fk_claim_tariff_type foreign key (service_type_id) references claim_service_type (id)
);
create index ix_claim_tariff_title on claim_tariff (title, id);

alter table claim_item add column tariff_code varchar(30);
alter table claim_item add column unit_price bigint;
alter table claim_item add column tariff_price bigint;
alter table claim_item add column cover_id bigint;

insert into id_sequence (seq_name, next_val) values ('claim_tariff', 1000);

-- A starter tariff (Rials per unit); administrators import the real book from .xlsx.
insert into claim_tariff (id, code, title, item_kind, service_type_id, unit_price, updated_at) values
    (1, '901910', 'ویزیت پزشک عمومی', 'VISIT', 1, 1500000, '2026-03-21 00:00:00'),
    (2, '901915', 'ویزیت پزشک متخصص', 'VISIT', 1, 2500000, '2026-03-21 00:00:00'),
    (3, '802045', 'آزمایش شمارش کامل خون (CBC)', 'LAB', 3, 1200000, '2026-03-21 00:00:00'),
    (4, '802060', 'آزمایش قند خون ناشتا', 'LAB', 3, 400000, '2026-03-21 00:00:00'),
    (5, '700460', 'سونوگرافی شکم و لگن', 'IMAGING', 4, 6500000, '2026-03-21 00:00:00'),
    (6, '701620', 'ام‌آر‌آی مغز', 'IMAGING', 4, 32000000, '2026-03-21 00:00:00'),
    (7, '700010', 'رادیوگرافی قفسه سینه', 'IMAGING', 4, 2800000, '2026-03-21 00:00:00'),
    (8, 'D-AMOX500', 'کپسول آموکسی‌سیلین ۵۰۰ میلی‌گرم', 'DRUG', 2, 35000, '2026-03-21 00:00:00'),
    (9, 'D-PARA500', 'قرص استامینوفن ۵۰۰ میلی‌گرم', 'DRUG', 2, 8000, '2026-03-21 00:00:00'),
    (10, 'D-ATOR20', 'قرص آتورواستاتین ۲۰ میلی‌گرم', 'DRUG', 2, 45000, '2026-03-21 00:00:00'),
    (11, '301000', 'ترمیم دندان (کامپوزیت)', 'DENTAL', 6, 18000000, '2026-03-21 00:00:00'),
    (12, '302000', 'کشیدن دندان', 'DENTAL', 6, 9000000, '2026-03-21 00:00:00'),
    (13, '950100', 'جلسه فیزیوتراپی', 'SERVICE', 8, 3500000, '2026-03-21 00:00:00'),
    (14, '600100', 'شیشه عینک طبی', 'OPTICS', 7, 25000000, '2026-03-21 00:00:00'),
    (15, '100100', 'تخت بستری (هر شب)', 'HOSPITAL', 5, 40000000, '2026-03-21 00:00:00');

-- The coded reason of a rejection (RejectReason); the dashboard counts rejections by it.
alter table claim add column reject_code varchar(30);
