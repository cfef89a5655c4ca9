-- Demo only: the province has "copied" the 2022 Jilin scheme for 2026, so that today's claims can be settled in the
-- demo. A real province creates next year's scheme in the portal (方案管理 → 复制).
insert into scheme (id, name, scheme_year, region, definition, copied_from, created_by, created_at, version)
select 'jl-2026', '吉林省方案（2026，演示）', 2026, '220000',
       replace(replace(definition, '"id": "jl-2022"', '"id": "jl-2026"'),
               '"name": "吉林省示范方案（2022）"', '"name": "吉林省方案（2026，演示）"'),
       'jl-2022', 'sheng-jianguan', created_at, 0
  from scheme where id = 'jl-2022';
insert into scheme_aud (id, rev, revtype, name, scheme_year, region, definition, copied_from, created_by, created_at)
select id, 1, 0, name, scheme_year, region, definition, copied_from, created_by, created_at
  from scheme where id = 'jl-2026';
