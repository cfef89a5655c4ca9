-- The booklet (门诊慢特病手册) that covered an outpatient chronic or special-disease claim, and the disease's name in
-- the catalogue: the bill names both, and an
-- audit that withdraws a booklet lists the claims settled on it for recovery.
alter table settled_claim add column booklet_number varchar(16);
alter table settled_claim add column disease_name varchar(60);
create index settled_claim_booklet_ix on settled_claim (booklet_number);
