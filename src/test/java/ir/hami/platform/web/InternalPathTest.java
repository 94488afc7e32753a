package ir.hami.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InternalPathTest {

    @Test
    void pathsInsideThePortalAreFollowed() {
        assertTrue(InternalPath.isInternal("/member/inquiry.xhtml?person=12"));
    }

    @Test
    void anythingThatCouldLeaveThePortalIsRefused() {
        assertFalse(InternalPath.isInternal(null));
        assertFalse(InternalPath.isInternal("member/home.xhtml"));
        assertFalse(InternalPath.isInternal("//evil.example/"));
        assertFalse(InternalPath.isInternal("/\\evil.example/"));
        assertFalse(InternalPath.isInternal("https://evil.example/"));
        assertFalse(InternalPath.isInternal("/x\r\nLocation: https://evil.example"));
    }
}
