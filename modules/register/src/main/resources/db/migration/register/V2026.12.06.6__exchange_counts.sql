-- A batch that is done with keeps its counts per outcome ("NEW_PERSON=1,REJECTED=6"), so that its staged rows,
-- personal data of a whole list, can be deleted: all of a discarded batch's, all but the rejected of an applied one.
alter table exchange_batch add column outcome_counts varchar(400);
