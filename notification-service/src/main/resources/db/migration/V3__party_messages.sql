-- The case a message is about, when it is about one: its delivery outcome is published with it.
alter table delivery add column case_id uuid;
-- A message whose words are written when it is sent (saved replies to the parties of conduct cases) has no body
-- stored here.
alter table delivery alter column body drop not null;
-- The parked-delivery probe finds, per channel, the parked delivery tried least recently.
create index delivery_parked on delivery (channel, next_attempt_at) where status = 'PARKED';
