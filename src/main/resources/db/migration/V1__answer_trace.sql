-- One row per answer, for traceability. No question text and no personal data.
create table answer_trace (
    trace_id          varchar(36)   not null primary key,
    created_at        timestamp     not null,
    language          varchar(2)    not null,
    abstained         boolean       not null,
    answered_by       varchar(120)  not null,
    knowledge_version varchar(40)   not null,
    cited_sources     varchar(4000),
    retrieval_micros  bigint        not null
);
create index answer_trace_created_at on answer_trace (created_at);
