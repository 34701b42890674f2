-- A dispute summary that a person agreed to send to the mediation centre. Nothing of the intake is stored before
-- that consent. The person withdraws it with the reference and the secret only they hold (only its hash is here).
create table triage_case (
    id             varchar(36)    not null primary key,
    reference      varchar(20)    not null unique,
    secret_hash    varchar(64)    not null,
    language       varchar(2)     not null,
    dispute_type   varchar(40)    not null,
    urgency        varchar(16)    not null,
    suggested_path varchar(60)    not null,
    summary_json   varchar(16000) not null,
    status         varchar(24)    not null,
    assigned_to    varchar(120),
    created_at     timestamp      not null,
    updated_at     timestamp      not null,
    version        bigint         not null
);
create index triage_case_queue on triage_case (status, urgency, created_at);
create index triage_case_type on triage_case (dispute_type);
