package ir.hami.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void allowListsHeadAfterGetAsJaxRsAnswersIt() {
        assertEquals("GET, HEAD, OPTIONS", ProblemMapper.allow("GET, OPTIONS"));
        assertEquals("GET, HEAD, OPTIONS", ProblemMapper.allow("GET,HEAD,OPTIONS"));
        assertEquals("POST, OPTIONS", ProblemMapper.allow("POST, OPTIONS"));
        assertEquals("GET, HEAD, OPTIONS", ProblemMapper.allow(null));
    }

    @Test
    void aDomainKeyGivesItsStatusByItsLastWord() {
        assertEquals(404, ProblemMapper.domain("claims.refused", new Object[0]).status());
        assertEquals(404, ProblemMapper.domain("referral.notFound", new Object[0]).status());
        assertEquals(409, ProblemMapper.domain("claims.conflict", new Object[0]).status());
        assertEquals(400, ProblemMapper.domain("claims.amount.invalid", new Object[0]).status());
        assertEquals("claims-conflict", ProblemMapper.domain("claims.conflict", new Object[0]).type());
    }
}
