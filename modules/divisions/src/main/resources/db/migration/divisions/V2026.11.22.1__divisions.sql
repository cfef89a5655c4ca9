-- Administrative divisions (GB/T 2260): the demo province Jilin with two cities, four counties and
-- three townships (乡镇/街道) per county. Township codes are the county code plus three digits.
create table division (
    code        varchar(9)  not null primary key,
    name        varchar(64) not null,
    parent_code varchar(9)  references division (code)
);

insert into division (code, name, parent_code) values
    ('220000', '吉林省', null),
    ('220100', '长春市', '220000'),
    ('220200', '吉林市', '220000'),
    ('220112', '双阳区', '220100'),
    ('220122', '农安县', '220100'),
    ('220221', '永吉县', '220200'),
    ('220281', '蛟河市', '220200'),
    ('220112001', '云山街道', '220112'),
    ('220112002', '平湖街道', '220112'),
    ('220112100', '鹿乡镇', '220112'),
    ('220122100', '农安镇', '220122'),
    ('220122101', '伏龙泉镇', '220122'),
    ('220122102', '哈拉海镇', '220122'),
    ('220221100', '岔路河镇', '220221'),
    ('220221101', '西阳镇', '220221'),
    ('220221102', '北大湖镇', '220221'),
    ('220281001', '拉法街道', '220281'),
    ('220281100', '新站镇', '220281'),
    ('220281101', '天岗镇', '220281');

create index division_parent_idx on division (parent_code);
