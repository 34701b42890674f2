-- A short reference per answer (CG-XXXX-XXXX, as the intake's case references) that a person can read out on the
-- phone; staff look the answer's trace up by it. Turns stored before have none and keep their trace id.
alter table conversation_turn add column reference varchar(12);
create unique index conversation_turn_reference on conversation_turn (reference);
