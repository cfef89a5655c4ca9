package cn.ybfp.institutions.application;

import cn.ybfp.institutions.api.DesignatedInstitutions;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.institutions.domain.DesignatedInstitution;
import cn.ybfp.institutions.domain.Institutions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** {@link DesignatedInstitutions} over the registry. */
@ApplicationScoped
@Transactional
public class RegistryLookup implements DesignatedInstitutions {

    @Inject
    Institutions institutions;

    @Override
    public Optional<Institution> find(String code) {
        return code == null ? Optional.empty() : institutions.find(code.strip()).map(DesignatedInstitution::view);
    }

    @Override
    public Optional<Institution> byApiClient(String clientId) {
        return clientId == null
                ? Optional.empty()
                : institutions.byApiClient(clientId).map(DesignatedInstitution::view);
    }

    @Override
    public Optional<Institution> byName(String name) {
        return name == null
                ? Optional.empty()
                : institutions.byName(name.strip()).map(DesignatedInstitution::view);
    }

    @Override
    public List<Institution> all() {
        return institutions.list("%").stream().map(DesignatedInstitution::view).toList();
    }
}
