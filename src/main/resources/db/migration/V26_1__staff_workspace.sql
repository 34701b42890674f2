-- The staff workspace, second part: retention of finished cases, first contact (deadlines), withdrawal tombstones
-- and the contact log.

-- When a case reached a final status (resolved, referred, closed): it is deleted a retention period later.
alter table triage_case add column finished_at timestamp;
-- The first contact attempt or the change to "contacted": a case without one is overdue after its deadline.
alter table triage_case add column first_contact_at timestamp;
create index triage_case_finished on triage_case (finished_at);

-- What is left of a case the person withdrew: its reference, when, and who worked on it. Nothing the person wrote.
create table case_withdrawal (
    case_id      varchar(36)  not null primary key,
    reference    varchar(20)  not null,
    assigned_to  varchar(120),
    withdrawn_at timestamp    not null
);
create index case_withdrawal_assigned on case_withdrawal (assigned_to, withdrawn_at);

-- Each attempt to reach the person; goes with the case like the notes.
create sequence contact_attempt_seq start with 1 increment by 50;
create table contact_attempt (
    id          bigint        not null primary key,
    case_id     varchar(36)   not null references triage_case (id) on delete cascade,
    author      varchar(120)  not null,
    channel     varchar(16)   not null,
    outcome     varchar(24)   not null,
    next_action varchar(500),
    follow_up   date,
    created_at  timestamp     not null
);
create index contact_attempt_case on contact_attempt (case_id, created_at);
