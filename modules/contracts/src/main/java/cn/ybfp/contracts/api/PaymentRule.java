package cn.ybfp.contracts.api;

/**
 * How the insurance fund pays its part of a package's fee by the services recorded (吉医保发〔2019〕52号 三（二）:
 * 根据家庭医生服务量、频次记录): once, when the contract year's requirement is first met; or a part for each quarter
 * of the contract that has the required service.
 */
public enum PaymentRule {
    ONCE_WHEN_MET,
    EACH_CONTRACT_QUARTER
}
