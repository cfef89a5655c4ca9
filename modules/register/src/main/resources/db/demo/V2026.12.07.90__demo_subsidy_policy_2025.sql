-- Demo only: last year's enrolment subsidy policy (the same figures as 2026), so that the living demo province can
-- enrol its people for last year too. A real province records each year's policy when its documents come out.
insert into subsidy_policy values
    (5, 2025, '220100', 320.00, '1', '2,3', 180.00),
    (6, 2025, '220200', 320.00, '1', '2,3', 180.00);
