package ir.hami.claims.web;

import ir.hami.claims.CeilingLine;
import ir.hami.platform.money.Rial;
import ir.hami.platform.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Persian sentences of a ceiling bar («از سقف ۵۰٬۰۰۰٬۰۰۰ ریال این پوشش، ۱۲٬۰۰۰٬۰۰۰ ریال مصرف شده و ۳۸٬۰۰۰٬۰۰۰ ریال
 * باقی مانده است»), for the ceilings page and the include {@code /WEB-INF/includes/ceiling-bars.xhtml}.
 */
@Named
@ApplicationScoped
public class CeilingText {

    public String sentence(CeilingLine line) {
        return Texts.text(line.familyCeiling() ? "extras.ceilings.sentence.family" : "extras.ceilings.sentence",
                rial(line.ceiling()), rial(line.used()), rial(line.remaining()));
    }

    public String over(CeilingLine line) {
        return Texts.text("extras.ceilings.over", rial(line.overUsed()));
    }

    public String percent(CeilingLine line) {
        return Texts.text("extras.ceilings.percent", rial(line.percentUsed()));
    }

    private static String rial(long amount) {
        return Rial.format(amount, Texts.currentLocale());
    }
}
