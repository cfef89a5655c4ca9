-- Demo people for ./portal start (loaded only when portal.demo-data=true). ID numbers are made up but valid.
-- Revision 1 stamps the demo rows as loaded by the system.
insert into revinfo (rev, revtstmp, username) values (1, 1767225600000, 'system');
insert into household (id, township_code, address, head_person_id, version) values
    (1, '220112001', '双阳区云山街道新华社区3组', 1, 0),
    (2, '220112001', '双阳区云山街道东风社区1组', 2, 0),
    (3, '220112002', '双阳区平湖街道平湖村5组', 5, 0),
    (4, '220221100', '永吉县岔路河镇红旗村2组', 7, 0),
    (5, '220122100', '农安县农安镇兴农村4组', 8, 0);
insert into person (id, id_number, name, phone, birth_date, sex, household_id, relation_to_head, township_code, status, status_date, version) values
    (1, '220112195203140228', '王秀兰', '13904310001', '1952-03-14', 'FEMALE', 1, '户主', '220112001', 'NORMAL', null, 0),
    (2, '220112197808050312', '李建国', '13904310002', '1978-08-05', 'MALE', 2, '户主', '220112001', 'NORMAL', null, 0),
    (3, '220112198002120427', '张丽', '13904310003', '1980-02-12', 'FEMALE', 2, '配偶', '220112001', 'NORMAL', null, 0),
    (4, '220112201506090537', '李小明', null, '2015-06-09', 'MALE', 2, '子女', '220112001', 'NORMAL', null, 0),
    (5, '220112196501200158', '赵德胜', '13904310004', '1965-01-20', 'MALE', 3, '户主', '220112002', 'NORMAL', null, 0),
    (6, '220112196709180264', '孙桂芝', null, '1967-09-18', 'FEMALE', 3, '配偶', '220112002', 'NORMAL', null, 0),
    (7, '220221195804110245', '周玉珍', '13904320005', '1958-04-11', 'FEMALE', 4, '户主', '220221100', 'NORMAL', null, 0),
    (8, '220122197007070172', '刘长海', '13904330006', '1970-07-07', 'MALE', 5, '户主', '220122100', 'NORMAL', null, 0);
insert into category_membership (id, person_id, category, department, document_number, valid_from, valid_to) values
    (1, 1, 'EXTREMELY_POOR', 'CIVIL_AFFAIRS', '双民发〔2021〕12号', '2021-01-01', null),
    (2, 2, 'LOW_INCOME_GUARANTEE', 'CIVIL_AFFAIRS', '双民发〔2022〕7号', '2022-03-01', null),
    (3, 3, 'LOW_INCOME_GUARANTEE', 'CIVIL_AFFAIRS', '双民发〔2022〕7号', '2022-03-01', null),
    (4, 4, 'LOW_INCOME_GUARANTEE', 'CIVIL_AFFAIRS', '双民发〔2022〕7号', '2022-03-01', null),
    (5, 4, 'ORPHAN', 'CIVIL_AFFAIRS', '双民发〔2023〕2号', '2023-05-01', '2024-12-31'),
    (6, 5, 'MONITORED_AT_RISK', 'RURAL_REVITALISATION', '双乡振〔2023〕5号', '2023-01-01', null),
    (7, 6, 'MONITORED_AT_RISK', 'RURAL_REVITALISATION', '双乡振〔2023〕5号', '2023-01-01', null),
    (8, 7, 'MARGINAL_LOW_INCOME', 'CIVIL_AFFAIRS', '永民发〔2024〕3号', '2024-01-01', null),
    (9, 7, 'SEVERELY_DISABLED', 'DISABLED_PERSONS_FEDERATION', '永残联〔2020〕9号', '2020-06-01', null),
    (10, 8, 'RETURNED_TO_POVERTY', 'RURAL_REVITALISATION', '农乡振〔2024〕11号', '2024-04-01', null);
insert into enrolment (id, person_id, enrolment_year, status, contribution_due, subsidy_type, subsidy_amount, paid_date, over_subsidised, version) values
    (1, 1, 2026, 'ENROLLED', 320.00, 'FULL', 320.00, '2026-01-10', false, 0),
    (2, 2, 2026, 'ENROLLED', 320.00, 'FIXED', 180.00, '2026-01-12', false, 0),
    (3, 4, 2026, 'ENROLLED', 320.00, 'FIXED', 180.00, '2026-01-12', false, 0),
    (4, 6, 2026, 'ENROLLED', 320.00, 'FIXED', 180.00, '2026-02-01', false, 0),
    (5, 7, 2026, 'ENROLLED', 320.00, 'FIXED', 180.00, '2026-01-20', false, 0);
insert into household_aud (rev, revtype, id, township_code, address, head_person_id) select 1, 0, id, township_code, address, head_person_id from household;
insert into person_aud (rev, revtype, id, id_number, name, phone, birth_date, sex, household_id, relation_to_head, township_code, status, status_date) select 1, 0, id, id_number, name, phone, birth_date, sex, household_id, relation_to_head, township_code, status, status_date from person;
insert into category_membership_aud (rev, revtype, id, person_id, category, department, document_number, valid_from, valid_to) select 1, 0, id, person_id, category, department, document_number, valid_from, valid_to from category_membership;
insert into enrolment_aud (rev, revtype, id, person_id, enrolment_year, status, contribution_due, subsidy_type, subsidy_amount, paid_date, over_subsidised) select 1, 0, id, person_id, enrolment_year, status, contribution_due, subsidy_type, subsidy_amount, paid_date, over_subsidised from enrolment;
