package cn.ybfp.web.platform;

import cn.ybfp.kernel.Beijing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock the modules inject: Beijing time, whatever zone the server runs in. */
@ApplicationScoped
public class PortalClock {

    @Produces
    Clock beijing() {
        return Beijing.clock();
    }
}
