-- Direct billing (صورتحساب مستقیم): a treatment centre bills the referral letter issued to it. The bill is a claim
-- with channel CENTER, linked to its letter; the invoice's number and date as the centre typed them. The centre's
-- IBAN is remembered for its next bill (finance pays the centre from claim.payment_iban).
alter table claim add column referral_id bigint;
alter table claim add column invoice_number varchar(30);
alter table claim add column invoice_date date;
alter table claim add constraint fk_claim_referral foreign key (referral_id) references referral_request (id);
-- a letter's bills and what they add up to (the ceiling check, under the letter's row lock)
create index ix_claim_referral on claim (referral_id, state);
-- a centre's bills, newest first (its list of bills)
create index ix_claim_center_bills on claim (center_id, channel, id);

alter table treatment_center add column billing_iban varchar(26);
