-- A contract whose year is over expires when the person signs the next year's (ContractStatus.EXPIRED).
alter table family_doctor_contract drop constraint family_doctor_contract_status_ck;
alter table family_doctor_contract add constraint family_doctor_contract_status_ck
    check (status in ('ACTIVE', 'ENDED', 'EXPIRED'));
