-- Hibernate Envers' revisions: one row per committed change, with who made it. A sequence (not identity) so that
-- H2 and PostgreSQL share one script; it starts at 1000, below that is for demo data.
create sequence revinfo_seq start with 1000 increment by 1;
create table revinfo (
    rev      integer     not null primary key,
    revtstmp bigint      not null,
    username varchar(64) not null
);
