package cn.ybfp.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a Thymeleaf template {@code /WEB-INF/views/NAME.html} with the layout's chrome; used by the MVC view engine
 * and by the error pages, so both look the same. Thymeleaf escapes every {@code th:text}, which is why templates
 * never use {@code th:utext}.
 */
@ApplicationScoped
public class PageRenderer {

    @Inject
    ServletContext servletContext;

    @Inject
    ChromeFactory chromeFactory;

    @Inject
    @ConfigProperty(name = "portal.templates.cache", defaultValue = "true")
    boolean cacheTemplates;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @PostConstruct
    void init() {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        var resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/views/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(cacheTemplates);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver());
    }

    /** The page as a string: for a printed document ({@link PrintedPdf}) made from the page's own template. */
    public String render(
            String template, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        var out = new StringWriter();
        render(template, model, request, response, out);
        return out.toString();
    }

    public void render(
            String template,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response,
            Writer out) {
        Map<String, Object> variables = new HashMap<>(model);
        chromeFactory.current().ifPresent(chrome -> variables.put("chrome", chrome));
        variables.put(
                "requestPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        Locale locale = PortalLocale.of(request);
        variables.put("labels", new EnumLabels(locale));
        var context = new WebContext(application.buildExchange(request, response), locale, variables);
        engine.process(template, context, out);
    }
}
