-- The answer as shown (text, citations, glossary), so the conversation page can be rendered again after a
-- redirect (post/redirect/get) without re-running the question.
alter table conversation_turn add column answer_json varchar(65000);
