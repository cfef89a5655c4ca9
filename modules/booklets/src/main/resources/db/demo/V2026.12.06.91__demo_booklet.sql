-- The demo's one booklet: 李建国 (双阳区云山街道, person 2), recognised for hypertension (M03900, chronic) in January,
-- so that the hospital API's outpatient chronic claims for him settle, and the pages show a booklet and its
-- recognition. Numbers go on from serial 2.
insert into recognition (id, person_id, person_name, id_number, township, disease, disease_name, kind, hospital, doctor,
                         diagnosed_on, source, health_list_id, status, started_by, started_at, decided_by, decided_at,
                         reason, booklet_id, version)
values (1, 2, '李建国', '220112197808050312', '220112001', 'M03900', '高血压病', 'CHRONIC', '长春市双阳区医院', '王立新',
        date '2025-12-28', 'TOWNSHIP', null, 'RECOGNISED', 'xz-yunshan', timestamp '2026-01-04 09:30:00', 'xq-shuangyang',
        timestamp '2026-01-05 10:00:00', null, 1, 1);
insert into booklet (id, number, person_id, holder, person_name, id_number, township, county, valid_from, valid_to,
                     issued_by, issued_on, status, withdrawn_on, withdrawal_reason, withdrawal_note, changed_by,
                     changed_at, version)
values (1, '2201122026000001', 2, 2, '李建国', '220112197808050312', '220112001', '220112', date '2026-01-05', date '2027-12-31',
        'xq-shuangyang', date '2026-01-05', 'VALID', null, null, null, 'xq-shuangyang', timestamp '2026-01-05 10:00:00', 0);
insert into booklet_disease (id, booklet_id, disease, disease_name, kind, covered_from, recognition_id)
values (1, 1, 'M03900', '高血压病', 'CHRONIC', date '2026-01-05', 1);
alter sequence booklet_number_seq restart with 2;
