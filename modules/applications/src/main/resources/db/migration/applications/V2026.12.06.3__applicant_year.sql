-- A person's applications of one cost year, as one row whose version serialises their submission: two applications
-- submitted at once cannot both claim the same costs.
create table applicant_year (
    person_id bigint  not null,
    cost_year integer not null,
    cases     integer not null,
    version   bigint  not null,
    constraint applicant_year_pk primary key (person_id, cost_year)
);
