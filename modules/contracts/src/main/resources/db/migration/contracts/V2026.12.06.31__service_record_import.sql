-- Service-record files from health centres' own systems (履约记录导入): compared first, then applied or discarded,
-- like the register's data exchange. ID numbers are kept masked; the matched contract is what the apply needs.
create sequence service_record_import_seq start with 1000 increment by 50;
create table service_record_import (
    id          bigint       not null primary key,
    area        varchar(9)   not null,
    file_name   varchar(200) not null,
    row_count   bigint       not null,
    status      varchar(10)  not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamp    not null,
    decided_by  varchar(64),
    decided_at  timestamp,
    version     bigint       not null,
    constraint service_record_import_status_ck check (status in ('COMPARED', 'APPLIED', 'DISCARDED'))
);
create index service_record_import_area_ix on service_record_import (area);
create sequence service_record_import_row_seq start with 1000 increment by 500;
create table service_record_import_row (
    id               bigint       not null primary key,
    import_id        bigint       not null references service_record_import (id),
    line_number      bigint       not null,
    id_number_masked varchar(18),
    name             varchar(50),
    service_type     varchar(20),
    service_date     date,
    note             varchar(200),
    contract_id      bigint,
    member_id        bigint,
    outcome          varchar(10)  not null,
    reason           varchar(200)
);
create index service_record_import_row_ix on service_record_import_row (import_id, line_number);
create index service_record_person_ix on service_record (person_id);
create index family_doctor_contract_id_number_ix on family_doctor_contract (id_number);
