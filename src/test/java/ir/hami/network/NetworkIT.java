package ir.hami.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The centre directory on the real database: reference data, partial Persian words typed with Arabic letters,
 * province/city/type and referral flags, paging and counts, details and the referral unit's lines.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private static final long TABRIZ = 1;
    private static final long ISFAHAN = 33;
    private static final long KASHAN = 34;
    private static final long SHIRAZ = 160;
    private static final long JAHROM = 162;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CenterDirectory directory;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData data;
    /** A word unique to this test's centres, so that other data never matches. */
    private String tag;

    @BeforeEach
    void fixtures() {
        data = TestData.on(dataSource);
        tag = TestData.unique("tag");
    }

    private CenterFilter byName(String name) {
        return new CenterFilter(name, null, null, null, false, false);
    }

    @Test
    void allProvincesAndTheirCitiesAreThere() {
        List<Province> provinces = directory.provinces();
        assertEquals(31, provinces.size());
        assertTrue(directory.cities(provinces.stream().filter(p -> p.getNameEn().equals("Fars")).findFirst()
                .orElseThrow().getId()).stream().anyMatch(c -> c.getName().equals("شیراز")));
    }

    @Test
    void partialWordsTypedWithArabicLettersFindTheCentre() {
        long shafa = data.center("بیمارستان شفا " + tag, SHIRAZ).create();
        data.center("کلینیک کوثر " + tag, SHIRAZ).type("CLINIC").create();

        List<TreatmentCenter> found = directory.search(byName("بيمار شف " + tag), 0, 10);
        assertEquals(List.of(shafa), found.stream().map(TreatmentCenter::getId).toList());
        assertEquals(1, directory.search(byName("كوث " + tag), 0, 10).size());
        assertEquals(2, directory.count(byName(tag)));
        assertEquals(0, directory.count(byName("شفا کوثر " + tag)));
    }

    @Test
    void provinceCityAndTypeNarrow() {
        data.center("بیمارستان الف " + tag, SHIRAZ).create();
        data.center("بیمارستان ب " + tag, JAHROM).type("PUBLIC_HOSPITAL").create();
        data.center("آزمایشگاه پاستور " + tag, ISFAHAN).type("LABORATORY").create();
        data.center("آزمایشگاه کاشان " + tag, KASHAN).type("LABORATORY").create();
        long fars = ((Number) data.queryValue("select province_id from city where id = ?", SHIRAZ)).longValue();

        assertEquals(2, directory.count(new CenterFilter(tag, fars, null, null, false, false)));
        assertEquals(1, directory.count(new CenterFilter(tag, fars, JAHROM, null, false, false)));
        assertEquals(2, directory.count(new CenterFilter(tag, null, null, CenterType.LABORATORY, false, false)));
        assertEquals(1, directory.count(new CenterFilter(tag, null, KASHAN, CenterType.LABORATORY, false, false)));
    }

    @Test
    void referralFlagsNarrowAndOnlineImpliesIssuing() {
        data.center("مرکز الف " + tag, TABRIZ).create();
        data.center("مرکز ب " + tag, TABRIZ).issuesReferrals().create();
        data.center("مرکز ج " + tag, TABRIZ).onlineReferrals().create();

        assertEquals(3, directory.count(byName(tag)));
        assertEquals(2, directory.count(new CenterFilter(tag, null, null, null, true, false)));
        List<TreatmentCenter> online = directory.search(new CenterFilter(tag, null, null, null, false, true), 0, 10);
        assertEquals(1, online.size());
        assertTrue(online.get(0).isIssuesReferrals());
    }

    @Test
    void pagesAreOrderedByNameAndCountedAndInactiveCentresHidden() {
        for (int i = 1; i <= 7; i++) {
            data.center("داروخانه " + tag + " " + (char) ('ا' + i), TABRIZ).type("PHARMACY").create();
        }
        data.center("داروخانه " + tag + " بسته", TABRIZ).inactive().create();

        CenterFilter filter = byName("دارو " + tag);
        assertEquals(7, directory.count(filter));
        List<TreatmentCenter> first = directory.search(filter, 0, 5);
        List<TreatmentCenter> second = directory.search(filter, 5, 5);
        assertEquals(5, first.size());
        assertEquals(2, second.size());
        assertTrue(first.get(4).getName().compareTo(second.get(0).getName()) < 0);
        assertFalse(second.stream().anyMatch(c -> c.getName().endsWith("بسته")));
    }

    @Test
    void detailsCarryInsurersServicesAndPhysiciansAndMarkersOnlyLocatedCentres() {
        long insurer = data.insurer("بیمه " + tag);
        long id = data.center("بیمارستان مهر " + tag, SHIRAZ).insurer(insurer).at(29.61, 52.53)
                .service("سی‌تی‌اسکن").service("آزمایش خون").physician("دکتر رضا احمدی", "قلب و عروق", "12345")
                .create();
        data.center("کلینیک بی‌نشان " + tag, SHIRAZ).create();

        TreatmentCenter center = directory.details(id).orElseThrow();
        assertEquals(1, center.getInsurers().size());
        assertEquals(List.of("سی‌تی‌اسکن", "آزمایش خون"),
                center.getServices().stream().map(CenterService::getTitle).toList());
        assertEquals("12345", center.getPhysicians().get(0).getCouncilCode());
        assertEquals("شیراز", center.getCity().getName());

        List<CenterMarker> markers = directory.markers(byName(tag));
        assertEquals(1, markers.size());
        assertEquals(id, markers.get(0).id());
    }

    @Test
    void referralUnitLinesOfTheMembersInsurer() {
        long insurer = data.insurer("بیمه " + tag);
        data.referralContact(insurer, "۷:۳۰ تا ۱۶:۳۰", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۲۷۱", "۰۲۱-۸۸۶۴۸۴۲۱-۳۹ داخلی ۰۱۴۹");
        ReferralContact contact = directory.referralContact(insurer).orElseThrow();
        assertEquals("۷:۳۰ تا ۱۶:۳۰", contact.getOfficeHours());
        assertTrue(directory.referralContact(null).isEmpty());
        assertTrue(directory.referralContact(data.insurer("بیمه دیگر")).isEmpty());
    }
}
