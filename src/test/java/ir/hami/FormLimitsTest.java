package ir.hami;

import ir.hami.eligibility.ApiKey;
import ir.hami.home.AnnouncementService;
import ir.hami.membership.ContactDetails;
import ir.hami.messaging.MessageDesk;
import ir.hami.network.TreatmentCenter;
import ir.hami.referral.ReferralProcedure;
import ir.hami.referral.ReferralRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms' half of "no text longer than its column": every text input and text area of every page has a
 * {@code maxlength} (the browser stops typing there; the service still checks what is posted), and the fields that
 * fill a column have exactly the column's length.
 */
class FormLimitsTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern INPUT = Pattern.compile(
            "<(?:p|h):(?:inputText|inputTextarea)\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern MAXLENGTH = Pattern.compile("\\bmaxlength=\"(\\d+)\"");

    /**
     * Inputs without a maxlength, each for a reason: a list with one item a line (each line is checked against its
     * column by the service), and a search field of the outbox that stores nothing.
     */
    private static final Set<String> WITHOUT = Set.of(
            "admin/centers.xhtml#services", "admin/centers.xhtml#physicians", "staff/outbox.xhtml#mobile");

    @Test
    void everyTextInputHasAMaxlength() throws IOException {
        List<String> missing = new ArrayList<>();
        inputs().forEach((where, maxlength) -> {
            if (maxlength == null && !WITHOUT.contains(where)) {
                missing.add(where);
            }
        });
        assertEquals(List.of(), missing, "text inputs without maxlength");
    }

    @Test
    void fieldsThatFillAColumnStopAtItsLength() throws IOException {
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                // the centre's cause is also the covered procedure of the letter issued at once
                Map.entry("center/referral-request.xhtml#cause", ReferralRequest.COVERED_PROCEDURE_LENGTH),
                Map.entry("center/referral-request.xhtml#physician", ReferralRequest.PHYSICIAN_LENGTH),
                Map.entry("member/referral-request.xhtml#cause", ReferralRequest.CAUSE_LENGTH),
                Map.entry("member/referral-request.xhtml#physician", ReferralRequest.PHYSICIAN_LENGTH),
                Map.entry("staff/referral/request.xhtml#procedure", ReferralRequest.COVERED_PROCEDURE_LENGTH),
                Map.entry("staff/referral/request.xhtml#remarks", ReferralRequest.REMARKS_LENGTH),
                Map.entry("staff/referral/request.xhtml#reason", ReferralRequest.UNIT_NOTE_LENGTH),
                Map.entry("staff/referral/request.xhtml#note", ReferralRequest.UNIT_NOTE_LENGTH),
                Map.entry("staff/referral/request.xhtml#examNote", ReferralRequest.UNIT_NOTE_LENGTH),
                Map.entry("staff/referral/request.xhtml#physician", ReferralRequest.PHYSICIAN_LENGTH),
                Map.entry("staff/referral/request.xhtml#place", ReferralRequest.EXAM_PLACE_LENGTH),
                Map.entry("admin/procedures.xhtml#title", ReferralProcedure.TITLE_LENGTH),
                Map.entry("admin/centers.xhtml#code", TreatmentCenter.CODE_LENGTH),
                Map.entry("admin/centers.xhtml#cname", TreatmentCenter.NAME_LENGTH),
                Map.entry("admin/centers.xhtml#address", TreatmentCenter.ADDRESS_LENGTH),
                Map.entry("admin/centers.xhtml#phone", TreatmentCenter.PHONE_LENGTH),
                Map.entry("admin/centers.xhtml#fax", TreatmentCenter.PHONE_LENGTH),
                Map.entry("admin/centers.xhtml#website", TreatmentCenter.WEBSITE_LENGTH),
                Map.entry("admin/api-keys.xhtml#label", ApiKey.LABEL_LENGTH),
                Map.entry("admin/announcements.xhtml#title", AnnouncementService.MAX_TITLE),
                Map.entry("admin/announcements.xhtml#body", AnnouncementService.MAX_BODY),
                Map.entry("member/profile.xhtml#email", ContactDetails.MAX_EMAIL),
                Map.entry("member/profile.xhtml#address", ContactDetails.MAX_ADDRESS),
                Map.entry("member/message.xhtml#body", MessageDesk.MAX_BODY),
                Map.entry("staff/messages/thread.xhtml#body", MessageDesk.MAX_BODY),
                Map.entry("WEB-INF/includes/message-form.xhtml#name", MessageDesk.MAX_NAME),
                Map.entry("WEB-INF/includes/message-form.xhtml#subject", MessageDesk.MAX_SUBJECT),
                Map.entry("WEB-INF/includes/message-form.xhtml#body", MessageDesk.MAX_BODY),
                Map.entry("member/claim-new.xhtml#centerName", ir.hami.claims.Claim.CENTER_NAME_LENGTH),
                Map.entry("member/claim-new.xhtml#council", ir.hami.claims.Claim.COUNCIL_CODE_LENGTH),
                Map.entry("member/claim-new.xhtml#prescriptionCode", ir.hami.claims.Claim.E_PRESCRIPTION_CODE_LENGTH),
                Map.entry("member/claim-new.xhtml#description", ir.hami.claims.Claim.DESCRIPTION_LENGTH),
                Map.entry("member/claim-new.xhtml#duplicateReason", ir.hami.claims.Claim.DUPLICATE_REASON_LENGTH)));
        Map<String, Integer> found = inputs();
        Map<String, Integer> actual = new TreeMap<>();
        expected.keySet().forEach(where -> actual.put(where, found.get(where)));
        assertEquals(expected, actual);
    }

    /** page#id → maxlength (null when none), for every text input and text area of every page. */
    private static Map<String, Integer> inputs() throws IOException {
        Map<String, Integer> inputs = new TreeMap<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String name = WEBAPP.relativize(page).toString().replace('\\', '/');
            Matcher m = INPUT.matcher(text);
            while (m.find()) {
                Matcher id = ID.matcher(m.group());
                Matcher max = MAXLENGTH.matcher(m.group());
                String where = name + "#" + (id.find() ? id.group(1) : "?" + m.start());
                inputs.put(where, max.find() ? Integer.valueOf(max.group(1)) : null);
            }
        }
        assertTrue(inputs.size() > 50, "text inputs found: " + inputs.size());
        return inputs;
    }
}
