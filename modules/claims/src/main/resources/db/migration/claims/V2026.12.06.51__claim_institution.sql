-- A confirmed claim names its designated institution by the national code (医保定点机构编码) from the registry. Claims
-- confirmed before the registry keep their hospital's name; InstitutionMatching fills in the code of those whose name
-- the registry has, and lists the others.
alter table settled_claim add column institution_code varchar(12);
