-- Demo bounds for the shipped schemes' year and this year: Jilin's last-year disposable income 30,000 yuan (as the
-- demo schemes' basis), the floors of 吉政办发〔2022〕16号 四（五） and the critical illness of 医保发〔2021〕10号 三（六）.
insert into scheme_bounds values
    (2022, 30000.00, 0.05, 0.70, 0.60, 0.50, 0.10, 0.50, 0.60, 0.05, 0.50, 0.05, 'demo', 0),
    (2026, 30000.00, 0.05, 0.70, 0.60, 0.50, 0.10, 0.50, 0.60, 0.05, 0.50, 0.05, 'demo', 0);
