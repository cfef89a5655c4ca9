-- Data exchange (数据交换比对): one batch per uploaded list, its rows staged with the outcome of the comparison.
-- Nothing in the register changes until the batch is applied, in one transaction.
create sequence exchange_batch_seq start with 1000 increment by 50;
create table exchange_batch (
    id          bigint                   not null primary key,
    file_name   varchar(200)             not null,
    department  varchar(30)              not null,
    scope_code  varchar(9)               not null,
    uploaded_by varchar(64)              not null,
    uploaded_at timestamp with time zone not null,
    status      varchar(12)              not null,
    rows_read   bigint                   not null,
    message     varchar(500),
    applied_by  varchar(64),
    applied_at  timestamp with time zone,
    version     bigint                   not null
);

create table exchange_row (
    batch_id        bigint       not null references exchange_batch (id),
    row_number      integer      not null,
    id_number       varchar(40),
    name            varchar(100),
    category        varchar(30),
    category_text   varchar(100),
    division        varchar(20),
    recognised_date date,
    end_date        date,
    document_number varchar(100),
    birth_date      date,
    sex             varchar(6),
    row_rejection   varchar(200),
    outcome         varchar(16)  not null,
    reason          varchar(200),
    person_id       bigint,
    household_id    bigint,
    membership_id   bigint,
    primary key (batch_id, row_number)
);
create index exchange_row_id_number_idx on exchange_row (batch_id, id_number, category, row_number);
create index exchange_row_outcome_idx on exchange_row (batch_id, outcome);
