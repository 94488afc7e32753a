package ir.hami.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A multipart request larger than the Faces servlet accepts (web.xml {@code max-request-size}) is answered with the
 * 413 page before its body is read; without this the container's refusal surfaces as the 500 page. For an Ajax
 * upload the answer is a Faces partial response that sends the browser to that page.
 */
@WebFilter(filterName = "uploadLimit", urlPatterns = "*.xhtml")
public class UploadLimitFilter extends HttpFilter {

    /** web.xml: the Faces servlet's multipart max-request-size. */
    static final long MAX_REQUEST_BYTES = 22_020_096L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Connection", "close");
                response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                        + request.getContextPath() + "/errors/413.xhtml\"></redirect></partial-response>");
            } else {
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
