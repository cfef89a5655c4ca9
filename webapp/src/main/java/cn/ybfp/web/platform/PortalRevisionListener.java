package cn.ybfp.web.platform;

import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the logged-in user. Envers creates this listener itself, hence the CDI lookup; work
 * done outside a request (a migration, a batch job) is stamped "system".
 */
public class PortalRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((PortalRevision) revision).setUsername(currentUsername());
    }

    private static String currentUsername() {
        try {
            return CDI.current()
                    .select(CurrentCaller.class)
                    .get()
                    .find()
                    .map(Caller::username)
                    .orElse("system");
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "system";
        }
    }
}
