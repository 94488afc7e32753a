package ir.hami.access.web;

import ir.hami.access.Captcha;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The current captcha of the session, as a PNG image. */
@WebServlet("/captcha.png")
public class CaptchaImageServlet extends HttpServlet {

    @Inject
    Captcha captcha;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] png = captcha.png();
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
