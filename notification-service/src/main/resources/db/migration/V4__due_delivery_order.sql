-- The dispatcher takes due deliveries in the order of this index, so that finding the next one reads only
-- pending entries: in id order it stepped over every delivery already sent (5 ms per claim after 7,000 of them).
create index delivery_due_order on delivery (next_attempt_at, id) where status = 'PENDING';
drop index delivery_due;
