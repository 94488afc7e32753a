package ir.hami.access;

import ir.hami.notification.VerificationCodes;
import ir.hami.notification.VerificationPurpose;
import ir.hami.platform.security.Role;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ir.hami.access.LoginOutcome.Status;
import ir.hami.membership.MembershipType;
import ir.hami.platform.ValidationException;
import ir.hami.testing.Deployments;
import ir.hami.testing.TestData;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Login, SMS codes, activation, recovery and password change on the real services and database, in one
 * deployment. Every test makes its own people and uses its own made-up client address (a rate-limit label only).
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    private static final String PASSWORD = "Kelid1404sabz";
    private static final MembershipType GROUP = MembershipType.GROUP;
    /** Every person TestData makes is born on this day (1364/01/01). */
    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 3, 21);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    LoginService logins;

    @Inject
    VerificationCodes codes;

    @Inject
    ActivationService activation;

    @Inject
    RecoveryService recovery;

    @Inject
    AccountService accountService;

    @Inject
    RememberMeTokens rememberMe;

    @Inject
    SelfDeclaredMobiles declaredMobiles;

    @Resource(lookup = "java:app/jdbc/hami")
    DataSource dataSource;

    private TestData data;
    private long insurer;
    private long contract;
    private String ip;

    @BeforeEach
    void fixtures() {
        data = TestData.on(dataSource);
        insurer = data.insurer("بیمه آزمون");
        contract = data.contract(insurer, data.policyholder("شرکت آزمون")).create();
        ip = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255) + "-" + TestData.unique("");
    }

    // ---- login ----------------------------------------------------------------------------------------------

    private TestData.Member activatedMember() {
        TestData.Member main = data.family(contract).create().main();
        data.memberAccount(main.personId(), main.nationalId(), PASSWORD);
        return main;
    }

    @Test
    void rightPasswordLogsIn() {
        TestData.Member me = activatedMember();
        LoginOutcome outcome = logins.login(persianDigits(me.nationalId()), PASSWORD, GROUP, ip);
        assertEquals(Status.SUCCESS, outcome.status());
        assertEquals(me.nationalId(), outcome.account().getUsername());
        assertNotNull(data.queryValue("select last_login_at from user_account where username = ?", me.nationalId()));
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'LOGIN' and ip = ?",
                me.nationalId(), ip));
    }

    @Test
    void wrongPasswordFailsAndIsAudited() {
        TestData.Member me = activatedMember();
        LoginOutcome outcome = logins.login(me.nationalId(), PASSWORD + "x", GROUP, ip);
        assertEquals(Status.FAILED, outcome.status());
        assertNull(outcome.account());
        assertEquals("login.failed", outcome.messageKey());
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'LOGIN_FAILED' "
                + "and ip = ?", me.nationalId(), ip));
    }

    @Test
    void memberCodeLogsInAsThePerson() {
        TestData.Member me = activatedMember();
        LoginOutcome outcome = logins.login(" " + me.memberCode().toLowerCase() + " ", PASSWORD, GROUP, ip);
        assertEquals(Status.SUCCESS, outcome.status());
        assertEquals(me.nationalId(), outcome.account().getUsername());
        assertEquals(Status.FAILED, logins.login(me.memberCode(), "Nadorost99", GROUP, ip).status());
    }

    @Test
    void membershipTypeMustBeOneOfTheMembersContracts() {
        TestData.Member me = activatedMember();
        assertEquals(Status.WRONG_MEMBERSHIP_TYPE, logins.login(me.nationalId(), PASSWORD, MembershipType.FUND, ip)
                .status());
        assertEquals(Status.MEMBERSHIP_TYPE_REQUIRED, logins.login(me.nationalId(), PASSWORD, null, ip).status());
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
    }

    @Test
    void staffLoginIgnoresTheMembershipType() {
        String admin = data.staff("ADMIN", PASSWORD);
        assertEquals(Status.SUCCESS, logins.login(admin, PASSWORD, null, ip).status());
        LoginOutcome typed = logins.login(admin.toUpperCase(), PASSWORD, MembershipType.FUND, ip);
        assertEquals(Status.SUCCESS, typed.status());
        assertEquals(Role.ADMIN, typed.account().getRole());
        assertEquals(Status.FAILED, logins.login(admin, "Nadorost99", null, ip).status());
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        TestData.Member me = activatedMember();
        for (int i = 0; i < 3; i++) {
            assertEquals(Status.FAILED, logins.login(me.nationalId(), "Nadorost" + i, GROUP, ip).status());
        }
        // failures by member code count against the same person
        for (int i = 3; i < 5; i++) {
            assertEquals(Status.FAILED, logins.login(me.memberCode(), "Nadorost" + i, GROUP, ip).status());
        }
        LoginOutcome locked = logins.login(me.nationalId(), PASSWORD, GROUP, ip);
        assertEquals(Status.ACCOUNT_LOCKED, locked.status());
        assertNull(locked.account());
        assertTrue(locked.minutes() >= 14 && locked.minutes() <= 15,
                "the lock lasts the 15-minute window from the first failure: " + locked.minutes());
        LoginOutcome elsewhere = logins.login(me.nationalId(), PASSWORD, GROUP, ip + "-other");
        assertEquals(Status.ACCOUNT_LOCKED, elsewhere.status(), "another address does not help");
        assertEquals(Status.ACCOUNT_LOCKED, logins.login(me.memberCode(), PASSWORD, GROUP, ip).status());
    }

    @Test
    void parallelWrongPasswordsCannotPassTheAccountLimit() throws Exception {
        TestData.Member me = activatedMember();
        int threads = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Status>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String guess = "Nadorost" + i;
                tries.add(pool.submit(() -> {
                    start.await();
                    return logins.login(me.nationalId(), guess, GROUP, ip + "-" + guess).status();
                }));
            }
            start.countDown();
            int failed = 0;
            int locked = 0;
            for (java.util.concurrent.Future<Status> attempt : tries) {
                Status status = attempt.get(120, java.util.concurrent.TimeUnit.SECONDS);
                failed += status == Status.FAILED ? 1 : 0;
                locked += status == Status.ACCOUNT_LOCKED ? 1 : 0;
            }
            assertEquals(5, failed, "password checks allowed in parallel");
            assertEquals(threads - 5, locked);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Status.ACCOUNT_LOCKED, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
    }

    @Test
    void thirtyFailuresFromOneAddressBlockIt() {
        TestData.Member me = activatedMember();
        for (int i = 0; i < 30; i++) {
            assertEquals(Status.FAILED, logins.login(TestData.unique("ghost"), "Nadorost1", GROUP, ip).status(),
                    "attempt " + i);
        }
        LoginOutcome blocked = logins.login(me.nationalId(), PASSWORD, GROUP, ip);
        assertEquals(Status.IP_BLOCKED, blocked.status());
        assertTrue(blocked.minutes() >= 1 && blocked.minutes() <= 15, String.valueOf(blocked.minutes()));
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), PASSWORD, GROUP, ip + "-other").status(),
                "the person is not locked, only the address");
    }

    @Test
    void disabledAccountIsRefused() {
        TestData.Member me = activatedMember();
        data.update("update user_account set enabled = ? where username = ?", false, me.nationalId());
        LoginOutcome outcome = logins.login(me.nationalId(), PASSWORD, GROUP, ip);
        assertEquals(Status.DISABLED, outcome.status());
        assertNull(outcome.account());
    }

    @Test
    void legacyContractLetsTheMainMemberInWithTheNationalIdOnceToChangeIt() {
        long legacy = data.contract(insurer, data.policyholder("شرکت قدیمی")).legacyLogin().create();
        TestData.Member main = data.family(legacy).create().main();

        assertEquals(Status.FAILED, logins.login(main.nationalId(), "0000000000", GROUP, ip).status());
        assertEquals(0L, count("select count(*) from user_account where person_id = ?", main.personId()),
                "a wrong first password creates no account");

        LoginOutcome first = logins.login(main.nationalId(), persianDigits(main.nationalId()), GROUP, ip);
        assertEquals(Status.SUCCESS, first.status());
        assertTrue(first.account().isMustChangePassword());
        assertEquals(1L, count("select count(*) from user_account where person_id = ? and must_change_password = ? "
                + "and password_hash like 'pbkdf2-sha512$210000$%'", main.personId(), true));
    }

    @Test
    void standardContractHasNoNationalIdPassword() {
        TestData.Member main = data.family(contract).create().main();
        assertEquals(Status.FAILED, logins.login(main.nationalId(), main.nationalId(), GROUP, ip).status());
        assertEquals(0L, count("select count(*) from user_account where person_id = ?", main.personId()));
    }

    @Test
    void legacyDependentUsesTheMainMembersNationalId() {
        long legacy = data.contract(insurer, data.policyholder("شرکت قدیمی")).legacyLogin().create();
        TestData.Family family = data.family(legacy).dependents(1).create();
        TestData.Member spouse = family.dependents().get(0);

        assertEquals(Status.FAILED, logins.login(spouse.nationalId(), spouse.nationalId(), GROUP, ip).status(),
                "a dependent's own national ID is not the first password");
        assertEquals(0L, count("select count(*) from user_account where person_id = ?", spouse.personId()));

        LoginOutcome outcome = logins.login(spouse.nationalId(), family.main().nationalId(), GROUP, ip);
        assertEquals(Status.SUCCESS, outcome.status());
        assertEquals(spouse.nationalId(), outcome.account().getUsername());
        assertTrue(outcome.account().isMustChangePassword());
        assertEquals(0L, count("select count(*) from user_account where person_id = ?", family.main().personId()),
                "the main member's own account is not touched");
    }

    // ---- SMS codes -------------------------------------------------------------------------------------------

    @Test
    void issuedCodeArrivesBySmsAndWorksOnce() {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        Instant expires = codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, ip);
        assertTrue(expires.isAfter(Instant.now().plusSeconds(100)) && expires.isBefore(Instant.now().plusSeconds(121)),
                expires.toString());

        String code = lastCodeSentTo(mobile);
        assertEquals(mobile, codes.verify(VerificationPurpose.ACTIVATION, subject, code));
        refused("sms.code.used", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, code));
        refused("sms.code.none", () -> codes.verify(VerificationPurpose.RECOVERY, subject, code));
    }

    @Test
    void newCodeForTheSamePersonWaitsAMinute() {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        codes.issue(VerificationPurpose.RECOVERY, subject, mobile, ip);
        ValidationException wait = assertThrows(ValidationException.class,
                () -> codes.issue(VerificationPurpose.RECOVERY, subject, mobile, ip));
        assertEquals("sms.wait", wait.key());
        long seconds = ((Number) wait.args()[0]).longValue();
        assertTrue(seconds > 0 && seconds <= 60, String.valueOf(seconds));
        assertEquals(1L, count("select count(*) from sms_message where mobile = ?", mobile));
    }

    @Test
    void sixthCodeToOneMobileWithinAnHourIsRefused() {
        String mobile = TestData.newMobile();
        for (int i = 0; i < 5; i++) {
            codes.issue(VerificationPurpose.ACTIVATION, TestData.newNationalId(), mobile, ip);
        }
        refused("sms.tooMany", () -> codes.issue(VerificationPurpose.ACTIVATION, TestData.newNationalId(), mobile,
                ip + "-other"));
        assertEquals(5L, count("select count(*) from sms_message where mobile = ?", mobile));
    }

    @Test
    void expiredSmsCodeIsRefused() {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, ip);
        String code = lastCodeSentTo(mobile);
        data.update("update verification_code set expires_at = ? where subject = ?",
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), subject);
        refused("sms.code.expired", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, code));
        assertEquals(false, data.queryValue("select consumed from verification_code where subject = ?", subject));
    }

    @Test
    void wrongCodeAttemptsAreKeptThoughTheCallFails() {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, ip);
        String code = lastCodeSentTo(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";

        ValidationException first = assertThrows(ValidationException.class,
                () -> codes.verify(VerificationPurpose.ACTIVATION, subject, wrong));
        assertEquals("sms.code.wrong", first.key());
        assertArrayEquals(new Object[] {2}, first.args());
        assertEquals(1, attempts(subject));
        refused("sms.code.wrong", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, wrong));
        assertEquals(2, attempts(subject));
        refused("sms.code.tooManyAttempts", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, wrong));
        assertEquals(3, attempts(subject));
        refused("sms.code.tooManyAttempts", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, code));
        assertEquals(3, attempts(subject));
    }

    /**
     * Issue 14: parallel posts of wrong codes get at most the allowed number of checks. Before the fix each post
     * read the same attempt count, so all of them were checked (and the count was overwritten, not added to).
     */
    @Test
    void parallelGuessesGetAtMostTheAllowedChecks() throws Exception {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, ip);
        String code = lastCodeSentTo(mobile);
        int guesses = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> posts = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < guesses; i++) {
                String guess = String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000);
                posts.add(pool.submit(() -> {
                    start.await();
                    try {
                        codes.verify(VerificationPurpose.ACTIVATION, subject, guess);
                        return "accepted";
                    } catch (ValidationException e) {
                        return e.key();
                    }
                }));
            }
            start.countDown();
            java.util.Map<String, Integer> answers = new java.util.TreeMap<>();
            for (var post : posts) {
                answers.merge(post.get(60, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(3, attempts(subject), "three attempts counted: " + answers);
            assertEquals(2, answers.getOrDefault("sms.code.wrong", 0), "two 'wrong, try again': " + answers);
            assertEquals(guesses - 2, answers.getOrDefault("sms.code.tooManyAttempts", 0), answers.toString());
            refused("sms.code.tooManyAttempts", () -> codes.verify(VerificationPurpose.ACTIVATION, subject, code));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Parallel posts of the right code: it works once. */
    @Test
    void parallelPostsOfTheRightCodePassOnce() throws Exception {
        String subject = TestData.newNationalId();
        String mobile = TestData.newMobile();
        codes.issue(VerificationPurpose.ACTIVATION, subject, mobile, ip);
        String code = lastCodeSentTo(mobile);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> posts = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    try {
                        codes.verify(VerificationPurpose.ACTIVATION, subject, code);
                        return true;
                    } catch (ValidationException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int passed = 0;
            for (var post : posts) {
                passed += post.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, passed);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- activation ------------------------------------------------------------------------------------------

    @Test
    void onlyACoveredPersonGetsACode() {
        String stranger = TestData.newMobile();
        start(TestData.newNationalId(), stranger);
        long ended = data.contract(insurer, data.policyholder("شرکت پارسال"))
                .period(LocalDate.now().minusYears(2), LocalDate.now().minusYears(1)).create();
        TestData.Member former = data.family(ended).create().main();
        start(former.nationalId(), former.mobile());
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", former.mobile()));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", stranger));
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'ACTIVATION_NOT_COVERED'",
                former.nationalId()));
    }

    @Test
    void mobileMustBeTheOneOnTheRoster() {
        TestData.Member me = data.family(contract).create().main();
        String other = TestData.newMobile();
        start(me.nationalId(), other);
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", other));
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'ACTIVATION_MOBILE_MISMATCH'",
                me.nationalId()));
    }

    @Test
    void activationCannotBeCompletedWithoutTheCode() {
        TestData.Member me = data.family(contract).create().main();
        ActivationService.Started started = start(me.nationalId(), me.mobile());
        refused("activation.expired", () -> activation.complete(started, PASSWORD, PASSWORD, ip));
        assertEquals(0L, count("select count(*) from user_account where person_id = ?", me.personId()));
    }

    @Test
    void activationCreatesTheAccount() {
        TestData.Member me = data.family(contract).create().main();
        ActivationService.Started started = start(persianDigits(me.nationalId()), me.mobile());

        activation.verify(started, persianDigits(lastCodeSentTo(me.mobile())), ip);
        activation.complete(started, PASSWORD, PASSWORD, ip);

        String hash = (String) data.queryValue("select password_hash from user_account where person_id = ?",
                me.personId());
        assertTrue(hash.startsWith("pbkdf2-sha512$210000$"), hash);
        assertFalse(hash.contains(PASSWORD));
        assertEquals(false, data.queryValue("select must_change_password from user_account where person_id = ?",
                me.personId()));
        assertEquals(false, data.queryValue("select mobile_self_declared from user_account where person_id = ?",
                me.personId()), "a roster mobile is not self-declared");
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
        long sent = count("select count(*) from sms_message where mobile = ?", me.mobile());
        data.update("delete from verification_code where subject = ?", me.nationalId());
        start(me.nationalId(), me.mobile());
        assertEquals(sent, count("select count(*) from sms_message where mobile = ?", me.mobile()),
                "no new code for an active account");
    }

    /**
     * Issue 14, point 2: where the roster has no mobile, knowing a national ID is not enough to bind one's own
     * mobile to someone else's account. Before the fix a code went to whatever mobile was typed.
     */
    @Test
    void withoutARosterMobileANationalIdAloneSendsNoCode() {
        TestData.Member me = data.family(contract).noMobile().create().main();
        TestData.Member stranger = data.family(contract).create().main();
        String attacker = TestData.newMobile();

        start(me.nationalId(), attacker);
        activation.start(me.nationalId(), attacker, me.memberCode(), BIRTH_DATE.plusDays(1), ip);
        activation.start(me.nationalId(), attacker, stranger.memberCode(), BIRTH_DATE, ip);
        activation.start(me.nationalId(), attacker, "", BIRTH_DATE, ip);
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", attacker));
        assertEquals(0L, count("select count(*) from verification_code where subject = ?", me.nationalId()));
        assertEquals(4L, count("select count(*) from audit_log where actor = ? and action = 'ACTIVATION_ROSTER_MISMATCH'",
                me.nationalId()));
        assertNull(data.queryValue("select mobile from person where id = ?", me.personId()));
    }

    @Test
    void withoutARosterMobileTheMemberCodeAndBirthDateBindASelfDeclaredMobile() {
        TestData.Member me = data.family(contract).noMobile().create().main();
        String mobile = TestData.newMobile();
        ActivationService.Started started = activation.start(persianDigits(me.nationalId()), mobile,
                " " + me.memberCode().toLowerCase() + " ", BIRTH_DATE, ip);
        assertEquals(mobile, started.mobile());

        activation.verify(started, persianDigits(lastCodeSentTo(mobile)), ip);
        activation.complete(started, PASSWORD, PASSWORD, ip);

        assertEquals(mobile, data.queryValue("select mobile from person where id = ?", me.personId()));
        assertEquals(true, data.queryValue("select mobile_self_declared from user_account where person_id = ?",
                me.personId()));
        assertNotNull(data.queryValue("select mobile_declared_at from user_account where person_id = ?",
                me.personId()));
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'MOBILE_SELF_DECLARED'",
                me.nationalId()));
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
    }

    /**
     * Issue 14, point 8: activation does not tell whether a national ID is covered, active already, or which mobile
     * the roster has. Before the fix each case had its own message ("not covered", "not the roster's mobile"...).
     */
    @Test
    void activationAnswersAlikeWhateverTheCase() {
        TestData.Member covered = data.family(contract).create().main();
        TestData.Member noMobile = data.family(contract).noMobile().create().main();
        TestData.Member active = activatedMember();
        String typed = TestData.newMobile();
        java.util.List<ActivationService.Started> answers = java.util.List.of(
                start(TestData.newNationalId(), typed), start(covered.nationalId(), typed),
                start(noMobile.nationalId(), typed), start(active.nationalId(), typed),
                start(active.nationalId(), active.mobile()));
        for (ActivationService.Started answer : answers) {
            assertEquals(typed.equals(answer.mobile()) ? typed : active.mobile(), answer.mobile());
            assertTrue(answer.maskedMobile().contains("*"), answer.maskedMobile());
        }
        assertEquals(java.util.Set.of("nationalId", "mobile", "maskedMobile"),
                java.util.Arrays.stream(ActivationService.Started.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet()),
                "the answer holds what was typed and nothing about the roster");
        assertEquals(0L, count("select count(*) from sms_message where mobile in (?, ?)", typed, active.mobile()));
        // a wrong code answers alike whether a code was sent or not
        ActivationService.Started none = start(noMobile.nationalId(), typed);
        assertEquals("activation.codeRefused", assertThrows(ValidationException.class,
                () -> activation.verify(none, "123456", ip)).key());
        ActivationService.Started sent = start(covered.nationalId(), covered.mobile());
        String wrong = lastCodeSentTo(covered.mobile()).equals("123456") ? "654321" : "123456";
        assertEquals("activation.codeRefused", assertThrows(ValidationException.class,
                () -> activation.verify(sent, wrong, ip)).key());
    }

    @Test
    void repeatedActivationFailuresForOneNationalIdAreRefused() {
        TestData.Member me = data.family(contract).create().main();
        for (int i = 0; i < 5; i++) {
            start(me.nationalId(), TestData.newMobile(), ip + "-" + i);
        }
        ValidationException refused = assertThrows(ValidationException.class,
                () -> start(me.nationalId(), me.mobile(), ip + "-other"));
        assertEquals("activation.tooMany", refused.key());
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", me.mobile()),
                "not even the right mobile gets a code now");
        assertEquals(1L, count("select count(*) from audit_log where actor = ? and action = 'ACTIVATION_THROTTLED'",
                me.nationalId()));
    }

    @Test
    void repeatedActivationFailuresFromOneAddressAreRefused() {
        for (int i = 0; i < 20; i++) {
            start(TestData.newNationalId(), TestData.newMobile());
        }
        TestData.Member me = data.family(contract).create().main();
        refused("activation.tooMany", () -> start(me.nationalId(), me.mobile()));
        start(me.nationalId(), me.mobile(), ip + "-other");
        assertEquals(1L, count("select count(*) from sms_message where mobile = ?", me.mobile()));
    }

    @Test
    void theSelfDeclaredMobilesListIsForTheReferralUnitOnly() {
        // an unauthenticated caller (this test thread) is refused by the service itself, not only by the URL
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> declaredMobiles.uncheckedCount());
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> declaredMobiles.clear(1L, ip));
    }

    // ---- recovery --------------------------------------------------------------------------------------------

    @Test
    void recoveryChangesThePasswordAndCountsAgainstThePeriod() {
        TestData.Member me = activatedMember();
        RecoveryService.Started started = recovery.start(me.memberCode(), me.nationalId(), me.mobile(), ip);
        assertEquals(5, started.remaining());
        assertEquals(5, started.max());

        recovery.verify(started, lastCodeSentTo(me.mobile()));
        String newPassword = "Tazeh1404sabz";
        assertEquals(4, recovery.complete(started, me.memberCode(), newPassword, newPassword, ip));
        assertEquals(1L, count("select count(*) from password_recovery where person_id = ? and contract_id = ?",
                me.personId(), contract));
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), newPassword, GROUP, ip).status());
        assertEquals(Status.FAILED, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
    }

    @Test
    void sixthRecoveryInAPeriodIsRefused() {
        TestData.Member me = activatedMember();
        for (int i = 0; i < 5; i++) {
            data.update("insert into password_recovery (id, person_id, contract_id, created_at) values (?,?,?,?)",
                    data.nextId("password_recovery"), me.personId(), contract,
                    Instant.now().minus(i + 1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        }
        refused("recovery.limitReached", () -> recovery.start(me.memberCode(), me.nationalId(), me.mobile(), ip));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", me.mobile()));
    }

    @Test
    void neverSetPasswordIsExplainedByLoginPolicy() {
        long legacy = data.contract(insurer, data.policyholder("شرکت قدیمی")).legacyLogin().create();
        TestData.Member old = data.family(legacy).create().main();
        refused("recovery.noPasswordLegacy", () -> recovery.start(old.memberCode(), old.nationalId(), old.mobile(), ip));

        TestData.Member fresh = data.family(contract).create().main();
        refused("recovery.noPassword", () -> recovery.start(fresh.memberCode(), fresh.nationalId(), fresh.mobile(), ip));
    }

    @Test
    void anotherPersonsMemberCodeFindsNobody() {
        TestData.Member me = activatedMember();
        TestData.Member stranger = activatedMember();
        refused("recovery.notFound", () -> recovery.start(stranger.memberCode(), me.nationalId(), me.mobile(), ip));
        refused("recovery.notFound", () -> recovery.start(me.memberCode(), TestData.newNationalId(), me.mobile(), ip));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", me.mobile()));
    }

    @Test
    void recoveryNeverBindsATypedMobile() {
        TestData.Member me = data.family(contract).noMobile().create().main();
        data.memberAccount(me.personId(), me.nationalId(), PASSWORD);
        String attacker = TestData.newMobile();
        refused("recovery.noMobile", () -> recovery.start(me.memberCode(), me.nationalId(), attacker, ip));
        assertEquals(0L, count("select count(*) from sms_message where mobile = ?", attacker));
        assertNull(data.queryValue("select mobile from person where id = ?", me.personId()));
    }

    // ---- password change -------------------------------------------------------------------------------------

    /** Issue 14, point 2: the legacy first password is widely known; the forced change needs the roster mobile. */
    @Test
    void forcedChangeIsConfirmedByACodeToTheRosterMobile() {
        long legacy = data.contract(insurer, data.policyholder("شرکت قدیمی")).legacyLogin().create();
        TestData.Member main = data.family(legacy).create().main();
        LoginOutcome first = logins.login(main.nationalId(), main.nationalId(), GROUP, ip);
        assertEquals(Status.SUCCESS, first.status());
        long account = first.account().getId();
        String newPassword = "Tazeh1404sabz";
        assertTrue(accountService.changeNeedsCode(account));

        refused("password.codeRequired", () -> accountService.changePassword(account, main.nationalId(), newPassword,
                newPassword, null, ip));
        String masked = accountService.sendChangeCode(account, ip);
        assertFalse(masked.contains(main.mobile()), masked);
        String code = lastCodeSentTo(main.mobile());
        String wrong = code.equals("000000") ? "111111" : "000000";
        refused("sms.code.wrong", () -> accountService.changePassword(account, main.nationalId(), newPassword,
                newPassword, wrong, ip));
        assertEquals(true, data.queryValue("select must_change_password from user_account where id = ?", account));

        accountService.changePassword(account, main.nationalId(), newPassword, newPassword, persianDigits(code), ip);
        assertEquals(false, data.queryValue("select must_change_password from user_account where id = ?", account));
        assertEquals(Status.SUCCESS, logins.login(main.nationalId(), newPassword, GROUP, ip).status());
        assertFalse(accountService.changeNeedsCode(account));
    }

    @Test
    void forcedChangeWithoutARosterMobileNeedsNoCode() {
        long legacy = data.contract(insurer, data.policyholder("شرکت قدیمی")).legacyLogin().create();
        TestData.Member main = data.family(legacy).noMobile().create().main();
        long account = logins.login(main.nationalId(), main.nationalId(), GROUP, ip).account().getId();
        assertFalse(accountService.changeNeedsCode(account));
        accountService.changePassword(account, main.nationalId(), "Tazeh1404sabz", "Tazeh1404sabz", ip);
        assertEquals(false, data.queryValue("select must_change_password from user_account where id = ?", account));
    }


    @Test
    void wrongCurrentPasswordChangesNothing() {
        TestData.Member me = activatedMember();
        long account = accountId(me);
        refused("password.currentWrong", () -> accountService.changePassword(account, "Nadorost99", "Tazeh1404sabz",
                "Tazeh1404sabz", ip));
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), PASSWORD, GROUP, ip).status());
    }

    @Test
    void passwordChangeEndsTheForcedChangeAndForgetsRememberMe() {
        TestData.Member me = activatedMember();
        long account = accountId(me);
        String token = rememberMe.issue(me.nationalId()).orElseThrow();
        data.update("update user_account set must_change_password = ? where id = ?", true, account);

        accountService.sendChangeCode(account, ip);
        accountService.changePassword(account, PASSWORD, "Tazeh1404sabz", "Tazeh1404sabz",
                lastCodeSentTo(me.mobile()), ip);

        assertEquals(false, data.queryValue("select must_change_password from user_account where id = ?", account));
        assertEquals(0L, count("select count(*) from remember_token where account_id = ?", account));
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(token, ip).status());
        assertEquals(Status.SUCCESS, logins.login(me.nationalId(), "Tazeh1404sabz", GROUP, ip).status());
    }

    // ---- remember me -----------------------------------------------------------------------------------------

    /** Issue 14, point 8: a token works once and is replaced; before the fix the same token worked for 14 days. */
    @Test
    void rememberMeTokenWorksOnceAndIsReplaced() {
        TestData.Member me = activatedMember();
        String token = rememberMe.issue(me.nationalId()).orElseThrow();
        RememberMeTokens.Use first = rememberMe.use(token, ip);
        assertEquals(RememberMeTokens.Use.Status.RESUMED, first.status());
        assertEquals(me.nationalId(), first.account().getUsername());
        assertNotNull(first.newToken());
        assertFalse(token.equals(first.newToken()));
        assertTrue(first.maxAgeSeconds() > 13 * 24 * 3600 && first.maxAgeSeconds() <= 14 * 24 * 3600,
                "the replacement keeps the first token's expiry: " + first.maxAgeSeconds());

        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(token, ip).status(), "the old one is dead");
        assertEquals(RememberMeTokens.Use.Status.RESUMED, rememberMe.use(first.newToken(), ip).status());
        assertEquals(1L, count("select count(*) from remember_token where account_id = ?", accountId(me)));
    }

    @Test
    void rememberMeIsForMembersOnly() {
        String admin = data.staff("ADMIN", PASSWORD);
        assertTrue(rememberMe.issue(admin).isEmpty());
        // a staff token from before the fix no longer logs in
        long account = ((Number) data.queryValue("select id from user_account where username = ?", admin)).longValue();
        String old = "old-staff-token-" + TestData.unique("");
        data.update("insert into remember_token (id, token_hash, account_id, created_at, expires_at) values (?,?,?,?,?)",
                data.nextId("remember_token"), ir.hami.platform.security.PasswordHasher.sha256(old), account,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(old, ip).status());
    }

    /** Issue 14, point 8: on use the account is checked again as a login would check it. */
    @Test
    void rememberMeRechecksTheAccount() {
        TestData.Member disabled = activatedMember();
        String disabledToken = rememberMe.issue(disabled.nationalId()).orElseThrow();
        data.update("update user_account set enabled = ? where username = ?", false, disabled.nationalId());
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(disabledToken, ip).status());

        TestData.Member locked = activatedMember();
        String lockedToken = rememberMe.issue(locked.nationalId()).orElseThrow();
        for (int i = 0; i < 5; i++) {
            logins.login(locked.nationalId(), "Nadorost" + i, GROUP, ip + "-" + i);
        }
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(lockedToken, ip).status());

        TestData.Member forced = activatedMember();
        String forcedToken = rememberMe.issue(forced.nationalId()).orElseThrow();
        data.update("update user_account set must_change_password = ? where username = ?", true, forced.nationalId());
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(forcedToken, ip).status());
        assertTrue(rememberMe.issue(forced.nationalId()).isEmpty(), "none while a change is pending");

        TestData.Member changed = activatedMember();
        String changedToken = rememberMe.issue(changed.nationalId()).orElseThrow();
        // the password changed after the token was made (e.g. by another node that missed deleting it)
        data.update("update remember_token set created_at = ? where account_id = ?",
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS), accountId(changed));
        data.update("update user_account set password_changed_at = ? where id = ?",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), accountId(changed));
        assertEquals(RememberMeTokens.Use.Status.REFUSED, rememberMe.use(changedToken, ip).status());
        assertEquals(4L, count("select count(*) from audit_log where action = 'REMEMBER_ME_REFUSED' and ip = ?", ip));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Activation step one as a member whose roster has a mobile types it (no member code or birth date). */
    private ActivationService.Started start(String nationalId, String mobile) {
        return start(nationalId, mobile, ip);
    }

    private ActivationService.Started start(String nationalId, String mobile, String address) {
        return activation.start(nationalId, mobile, null, null, address);
    }

    private long accountId(TestData.Member member) {
        return ((Number) data.queryValue("select id from user_account where person_id = ?", member.personId()))
                .longValue();
    }

    private long count(String sql, Object... args) {
        return ((Number) data.queryValue(sql, args)).longValue();
    }

    private int attempts(String subject) {
        return ((Number) data.queryValue("select attempts from verification_code where subject = ?", subject))
                .intValue();
    }

    private String lastCodeSentTo(String mobile) {
        String sms = (String) data.queryValue("select body from sms_message where mobile = ? order by id desc",
                mobile);
        assertNotNull(sms, "no SMS to " + mobile);
        Matcher m = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])").matcher(sms);
        assertTrue(m.find(), sms);
        return m.group(1);
    }

    private static void refused(String key, Executable action) {
        assertEquals(key, assertThrows(ValidationException.class, action).key());
    }

    private static String persianDigits(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }
}
