package cn.ybfp.web.view;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the header and the navigation for the current caller; a link appears only where the role may go. */
@ApplicationScoped
public class ChromeFactory {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DivisionDirectory divisions;

    public Optional<Chrome> current() {
        return currentCaller.forDisplay().map(this::chromeOf);
    }

    private Chrome chromeOf(Caller caller) {
        return new Chrome(
                caller.displayName(),
                "role." + caller.role().roleName(),
                divisions.nameOf(caller.division()),
                caller.division().value(),
                links(caller.role()));
    }

    private static List<Chrome.NavLink> links(Role role) {
        List<Chrome.NavLink> links = new ArrayList<>();
        links.add(new Chrome.NavLink("nav.home", "/app/"));
        links.add(new Chrome.NavLink("nav.register", "/app/register/people"));
        links.add(new Chrome.NavLink("nav.writeOff", "/app/register/write-off"));
        links.add(new Chrome.NavLink("nav.applications", "/app/applications"));
        links.add(new Chrome.NavLink("nav.claims", "/app/claims"));
        links.add(new Chrome.NavLink("nav.schemes", "/app/schemes"));
        links.add(new Chrome.NavLink("nav.booklets", "/app/booklets"));
        links.add(new Chrome.NavLink("nav.catalogue", "/app/booklets/catalogue"));
        links.add(new Chrome.NavLink("nav.contracts", "/app/contracts"));
        links.add(new Chrome.NavLink("nav.monitoring", "/app/monitoring"));
        if (role != Role.TOWNSHIP_STAFF) {
            links.add(new Chrome.NavLink("nav.exchange", "/app/register/exchange"));
            links.add(new Chrome.NavLink("nav.institutions", "/app/institutions"));
            links.add(new Chrome.NavLink("nav.reports", "/app/supervision/reports"));
            links.add(new Chrome.NavLink("nav.supervision.samples", "/app/supervision/ledger"));
            links.add(new Chrome.NavLink("nav.divisions", "/app/divisions"));
        }
        if (role == Role.PROVINCE_SUPERVISOR) {
            links.add(new Chrome.NavLink("nav.audit", "/app/supervision/audit"));
        }
        return links;
    }
}
