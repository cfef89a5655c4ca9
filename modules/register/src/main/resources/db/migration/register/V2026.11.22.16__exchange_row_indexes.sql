-- The comparison and the apply now read a batch's rows in one pass each (window functions and hash joins), so the
-- indexes for their former row-by-row lookups only slowed every staged and compared row down. The preview pages
-- by row number within the batch, through the primary key.
drop index if exists exchange_row_id_number_idx;
drop index if exists exchange_row_membership_idx;
drop index if exists exchange_row_outcome_idx;
-- Staged rows are written only by the staging step, for the batch it has just created in the same transaction;
-- the foreign key's check on each of a million rows cost more than the COPY itself.
alter table exchange_row drop constraint if exists exchange_row_batch_id_fkey;
