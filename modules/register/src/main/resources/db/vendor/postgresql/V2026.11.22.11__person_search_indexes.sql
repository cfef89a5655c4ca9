-- PostgreSQL only: the person search (参保台账) at 1,000,000 people. The search is
--   where township_code like '<jurisdiction>%' [and id_number = ?] [and name like '<prefix>%' escape '!']
--   order by township_code, name, id  limit 20      (and a count(id) with the same where)
-- Under a database collation other than C (en_US.UTF-8, zh_CN.UTF-8, even C.UTF-8 on PostgreSQL 15), a plain
-- btree serves neither LIKE 'prefix%' nor, together with it, the order: PostgreSQL then reads whole counties and
-- sorts (and with the (township_code, name) index it walked the index in order, filtering, up to 0.7 s for the last
-- county). Division codes and names are therefore compared in the "C" collation (code-point order, the order H2
-- uses too), so that a plain btree turns both LIKE prefixes into ranges and delivers rows already in page order:
-- * (township_code, name, id): the jurisdiction (and name) as ranges, in the order of the page, which stops after
--   20 rows; counts of a jurisdiction are index-only scans;
-- * (name, township_code, id): name prefixes (counted index-only, within any jurisdiction, the province's too).
-- They replace the two indexes of the register's migration on these columns; ID numbers keep their unique index.
-- Written to run again harmlessly.
drop index if exists person_township_name_idx;
drop index if exists person_name_idx;
alter table person
    alter column township_code type varchar(9) collate "C",
    alter column name type varchar(50) collate "C";
create index person_township_name_idx on person (township_code, name, id);
create index person_name_idx on person (name, township_code, id);
