package cn.ybfp.web.view;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Lets Jakarta MVC controllers return {@code "noun/nounList.html"} and have it rendered by Thymeleaf. */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class ThymeleafViewEngine implements ViewEngine {

    @Inject
    PageRenderer renderer;

    @Inject
    MvcContext mvc;

    private static final String SUFFIX = ".html";

    @Override
    public boolean supports(String view) {
        return view.endsWith(SUFFIX);
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        Map<String, Object> model = new HashMap<>(context.getModels().asMap());
        model.put("mvc", mvc);
        HttpServletResponse response = context.getResponse(HttpServletResponse.class);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            Writer out = new OutputStreamWriter(context.getOutputStream(), StandardCharsets.UTF_8);
            String view = context.getView();
            renderer.render(
                    view.substring(0, view.length() - SUFFIX.length()),
                    model,
                    context.getRequest(HttpServletRequest.class),
                    response,
                    out);
            out.flush();
        } catch (IOException e) {
            throw new ViewEngineException(e);
        }
    }
}
