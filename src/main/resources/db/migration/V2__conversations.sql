-- Conversations replace the per-answer trace: every turn keeps what produced its answer, and everything a
-- conversation stored can be erased at once (exit) or when its retention period ends.
drop table answer_trace;

create table conversation (
    id          varchar(36)  not null primary key,
    secret_hash varchar(64)  not null,
    language    varchar(2)   not null,
    mode        varchar(16)  not null,
    created_at  timestamp    not null,
    expires_at  timestamp    not null
);
create index conversation_expires_at on conversation (expires_at);

create table conversation_turn (
    trace_id          varchar(36)    not null primary key,
    conversation_id   varchar(36)    not null references conversation (id),
    created_at        timestamp      not null,
    language          varchar(2)     not null,
    route             varchar(16)    not null,
    abstained         boolean        not null,
    redacted_question varchar(4000)  not null,
    answer_text       varchar(16000) not null,
    cited_sources     varchar(4000),
    source_scores     varchar(4000),
    answered_by       varchar(120)   not null,
    prompt_version    varchar(40),
    knowledge_version varchar(40)    not null,
    latency_ms        bigint         not null
);
create index conversation_turn_conversation on conversation_turn (conversation_id);

create sequence answer_feedback_seq start with 1 increment by 50;
create table answer_feedback (
    id              bigint        not null primary key,
    trace_id        varchar(36)   not null,
    conversation_id varchar(36)   not null,
    helpful         boolean,
    wrong_answer    boolean       not null,
    reason          varchar(1000),
    review_status   varchar(16)   not null,
    created_at      timestamp     not null
);
create index answer_feedback_review on answer_feedback (review_status);
create index answer_feedback_conversation on answer_feedback (conversation_id);
