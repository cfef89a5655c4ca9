-- The demo's designated institutions (ISSUE 17): codes are H + the county's GB/T 2260 code + a serial. Each hospital
-- system of the demo realm is bound to its institution. 鹿乡镇卫生院 is designated for basic insurance only, not for
-- medical assistance; 双阳区康宁医院's agreement ended with 2025: claims there get no assistance layer.
insert into designated_institution (code, name, level, county_code, assistance_designated, agreement_from,
                                    agreement_to, api_client, changed_by, changed_at, version)
values ('H22011200001', '双阳区人民医院', 2, '220112', true, date '2020-01-01', null, 'hospital-shuangyang',
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22011200002', '双阳区中医院', 2, '220112', true, date '2020-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22011200003', '云山街道社区卫生服务中心', 1, '220112', true, date '2020-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22011200004', '双阳区鹿乡镇卫生院', 1, '220112', false, date '2020-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22011200005', '双阳区康宁医院', 1, '220112', true, date '2024-01-01', date '2025-12-31', null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22011200006', '长春市第二医院双阳院区', 3, '220112', true, date '2022-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22012200001', '农安县人民医院', 2, '220122', true, date '2020-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22022100001', '永吉县人民医院', 2, '220221', true, date '2020-01-01', null, 'hospital-yongji',
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0),
       ('H22028100001', '蛟河市人民医院', 2, '220281', true, date '2020-01-01', null, null,
        'sheng-jianguan', timestamp '2025-12-20 09:00:00', 0);
