-- The grounding check of each model answer, by trace id: what became of it (passed, trimmed, fell_back) and which
-- checks failed. No question or answer text, so it is kept apart from the conversation; deleted after the same
-- retention period.
create table grounding_check (
    trace_id      varchar(36)  not null primary key,
    created_at    timestamp    not null,
    model         varchar(120) not null,
    outcome       varchar(16)  not null,
    failed_checks varchar(200),
    sentences     integer      not null,
    removed       integer      not null,
    check_micros  bigint       not null
);
create index grounding_check_created on grounding_check (created_at);
