-- The demo's contract-fee policy (Jilin 2026, ISSUE 16; every amount is local policy, so these are parameters):
-- 基础包 120 = fund 40 + public health 70 + resident 10, the fund's 40 once the year's health assessment is recorded;
-- 慢病管理包 200 = 100 + 70 + 30, only for holders of a valid chronic booklet for M03900 or M01600, the fund's 25 for
-- each contract quarter with a chronic follow-up. No personal share for the categories the 2026 enrolment subsidy
-- covers (classes 1-3). A team of 云山街道's health centre with a doctor and a nurse, and two contracts with their
-- services: 王秀兰 (基础包, assessed in March) and 李建国 (慢病管理包 on his booklet, followed up in February, May, August).
insert into contract_fee_policy (id, region, policy_year, exempt_categories, changed_by, changed_at, version)
values (1, '220000', 2026,
        'EXTREMELY_POOR,ORPHAN,LOW_INCOME_GUARANTEE,RETURNED_TO_POVERTY,MARGINAL_LOW_INCOME,MONITORED_AT_RISK',
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0);
insert into service_package (id, policy_id, code, name, fee, fund_share, public_health_share, resident_share,
                             required_service, required_count, payment_rule, fund_payment, booklet_diseases, version)
values (1, 1, 'BASIC', '基础包', 120.00, 40.00, 70.00, 10.00, 'HEALTH_ASSESSMENT', 1, 'ONCE_WHEN_MET', 40.00, '', 0),
       (2, 1, 'CHRONIC', '慢病管理包', 200.00, 100.00, 70.00, 30.00, 'CHRONIC_FOLLOW_UP', 1, 'EACH_CONTRACT_QUARTER',
        25.00, 'M03900,M01600', 0);
insert into family_doctor_team (id, name, institution, township, active_from, active_to, changed_by, changed_at, version)
values (1, '云山街道第一家庭医生团队', '长春市双阳区云山街道社区卫生服务中心', '220112001', date '2026-01-01', null,
        'xz-yunshan', timestamp '2025-12-28 09:00:00', 0);
insert into team_member (id, team_id, name, licence_number, role, active_from, active_to)
values (1, 1, '王立新', '110220112000101', 'DOCTOR', date '2026-01-01', null),
       (2, 1, '孙丽华', '210220112000207', 'NURSE', date '2026-01-01', null);
insert into family_doctor_contract (id, person_id, active_holder, person_name, id_number, township, county, team_id,
                                    package_id, signed_on, valid_to, status, ended_on, end_reason, personal_share,
                                    changed_by, changed_at, version)
values (1, 1, 1, '王秀兰', '220112195203140228', '220112001', '220112', 1, 1, date '2026-03-01', date '2027-02-28',
        'ACTIVE', null, null, 0.00, 'xz-yunshan', timestamp '2026-03-01 10:00:00', 0),
       (2, 2, 2, '李建国', '220112197808050312', '220112001', '220112', 1, 2, date '2026-01-10', date '2027-01-09',
        'ACTIVE', null, null, 0.00, 'xz-yunshan', timestamp '2026-01-10 10:00:00', 0);
insert into service_record (id, contract_id, person_id, county, service_type, service_date, member_id, note,
                            recorded_by, recorded_at)
values (1, 1, 1, '220112', 'HEALTH_ASSESSMENT', date '2026-03-15', 1, '年度健康评估', 'xz-yunshan',
        timestamp '2026-03-15 16:00:00'),
       (2, 2, 2, '220112', 'CHRONIC_FOLLOW_UP', date '2026-02-20', 1, '血压 142/90，调整用药', 'xz-yunshan',
        timestamp '2026-02-20 16:00:00'),
       (3, 2, 2, '220112', 'CHRONIC_FOLLOW_UP', date '2026-05-15', 2, '血压 135/85', 'xz-yunshan',
        timestamp '2026-05-15 16:00:00'),
       (4, 2, 2, '220112', 'CHRONIC_FOLLOW_UP', date '2026-08-20', 1, '血压平稳', 'xz-yunshan',
        timestamp '2026-08-20 16:00:00');
