-- The health department's lists (云医保〔2020〕128号 二（四）) and each row's comparison with the register. ID numbers
-- are kept masked: the matched person's id is what the apply needs.
create sequence health_list_seq start with 1000 increment by 50;
create table health_list (
    id          bigint       not null primary key,
    county      varchar(6)   not null,
    file_name   varchar(200) not null,
    row_count   bigint       not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamp    not null,
    status      varchar(10)  not null,
    decided_by  varchar(64),
    decided_at  timestamp,
    version     bigint       not null,
    constraint health_list_status_ck check (status in ('COMPARED', 'APPLIED', 'DISCARDED'))
);
create index health_list_county_ix on health_list (county);
create sequence health_list_row_seq start with 1000 increment by 500;
create table health_list_row (
    id               bigint       not null primary key,
    list_id          bigint       not null references health_list (id),
    line_number      bigint       not null,
    id_number_masked varchar(18),
    name             varchar(50),
    disease_written  varchar(60),
    disease          varchar(6),
    institution      varchar(100),
    diagnosed_on     date,
    outcome          varchar(16)  not null,
    reason           varchar(200),
    person_id        bigint,
    recognition_id   bigint
);
create index health_list_row_ix on health_list_row (list_id, line_number);
