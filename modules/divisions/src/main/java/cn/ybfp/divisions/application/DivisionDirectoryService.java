package cn.ybfp.divisions.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.divisions.domain.Division;
import cn.ybfp.divisions.domain.DivisionRepository;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DivisionDirectoryService implements DivisionDirectory {

    @Inject
    DivisionRepository divisions;

    @Override
    public List<DivisionView> visibleTo(Caller caller) {
        return divisions.within(Jurisdiction.of(caller)).stream()
                .map(Division::toView)
                .toList();
    }

    @Override
    public Optional<DivisionView> find(Caller caller, DivisionCode code) {
        if (!Jurisdiction.of(caller).contains(code)) {
            return Optional.empty();
        }
        return divisions.find(code).map(Division::toView);
    }

    @Override
    public java.util.Set<String> townshipCodes() {
        return divisions.townshipCodes();
    }

    @Override
    public String nameOf(DivisionCode code) {
        return divisions.find(code).map(Division::name).orElse(code.value());
    }
}
