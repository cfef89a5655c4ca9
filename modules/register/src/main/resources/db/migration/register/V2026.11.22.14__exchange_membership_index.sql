-- Applying ended and changed categories looks the staged rows up by membership: an index, or a million-row list
-- turns into a million scans.
create index if not exists exchange_row_membership_idx on exchange_row (batch_id, membership_id);
