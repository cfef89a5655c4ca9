-- A claim number is the institution's own: unique per hospital, not across the province, so that two hospitals
-- numbering alike never collide and a refusal about a number only ever concerns the caller's own hospital.
alter table settled_claim drop constraint settled_claim_number_uq;
alter table settled_claim add constraint settled_claim_number_uq unique (hospital, claim_number);
