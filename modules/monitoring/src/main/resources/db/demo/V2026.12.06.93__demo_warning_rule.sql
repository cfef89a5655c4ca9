-- The demo's monitoring parameters (Jilin 2026, ISSUE 17; every figure is local policy, so these are parameters):
-- last year's per-capita disposable income 30,000 yuan; the 返贫 warning at 25 % of it (7,500 yuan), the 致贫 warning
-- at 50 % (15,000 yuan); the departments answer a push within 30 days; a readmission 15 days or fewer after a
-- discharge is screened; an institution above 150 % of its county's average admission rate is screened.
insert into warning_rule (id, region, rule_year, disposable_income, relapse_percent, impoverishment_percent,
                          feedback_days, readmission_days, high_rate_percent, changed_by, changed_at, version)
values (1, '220000', 2026, 30000.00, 25, 50, 30, 15, 150, 'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0);
