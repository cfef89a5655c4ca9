-- PostgreSQL only: the out-of-catalogue share of a year (目录外费用占比) reads target people's standing inpatient
-- claims of an area, per institution. With their amounts in the index, PostgreSQL answers from the index alone
-- (an index-only scan) instead of fetching half a million rows of the table at 1,000,000 claims a year.
-- varchar_pattern_ops: the area is a LIKE prefix, which a btree of a non-C collation cannot serve otherwise.
create index monitored_claim_share_ix on monitored_claim
    (claim_year, kind, target, reversed, township_code varchar_pattern_ops)
    include (hospital, hospital_level, total_cost, out_of_policy_cost);
