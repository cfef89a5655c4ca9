package cn.ybfp.web.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Masks ID numbers in the server's log while the portal runs ({@link MaskedLog}). */
@WebListener
public class MaskedLogListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        MaskedLog.install();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        MaskedLog.uninstall();
    }
}
