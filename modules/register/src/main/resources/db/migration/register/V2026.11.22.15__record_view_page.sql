-- Which page a supervisor viewed a person's record on: the register's person page, a settlement bill, an
-- application case. Views recorded before this column were all of the person page.
alter table person_record_view add column viewed_page varchar(60) default '参保台账' not null;
