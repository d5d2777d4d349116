-- Trust and Safety list the decisions flagged for review, newest first.
create index routing_decision_flagged on routing_decision (decided_at desc) where review_reason is not null;
