-- The staff workspace: mediators' notes on a case, and the audit trail of every staff action.

-- Notes go with the case: when a person withdraws their case, its notes go too.
create sequence case_note_seq start with 1 increment by 50;
create table case_note (
    id         bigint        not null primary key,
    case_id    varchar(36)   not null references triage_case (id) on delete cascade,
    author     varchar(120)  not null,
    body       varchar(4000) not null,
    created_at timestamp     not null
);
create index case_note_case on case_note (case_id, created_at);

-- Who viewed or changed what, when. No case content here (the reference and a short detail such as the new
-- status), so the trail can outlive a withdrawn case without keeping what the person wrote.
create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id           bigint       not null primary key,
    actor        varchar(120) not null,
    action       varchar(32)  not null,
    subject_type varchar(24)  not null,
    subject_id   varchar(60)  not null,
    detail       varchar(200),
    created_at   timestamp    not null
);
create index audit_event_time on audit_event (created_at);
create index audit_event_subject on audit_event (subject_type, subject_id);
