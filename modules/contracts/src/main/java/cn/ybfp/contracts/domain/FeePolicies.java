package cn.ybfp.contracts.domain;

import java.util.List;
import java.util.Optional;

/** Where the contract-fee policies and their packages are kept (a port). */
public interface FeePolicies {

    void add(FeePolicy policy);

    void add(ServicePackage servicePackage);

    Optional<FeePolicy> find(String region, int year);

    Optional<FeePolicy> find(long id);

    List<FeePolicy> list();

    List<ServicePackage> packages(long policyId);

    Optional<ServicePackage> servicePackage(long id);

    void flush();
}
