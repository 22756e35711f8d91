package org.shopsuite.desktop.ui;

import org.junit.jupiter.api.Test;

/** {@link NoClippingTest} for the screens the manager user sees. */
class NoClippingManagerTest extends NoClippingTest {
    @Test
    void inEnglishNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("en", "manager");
    }

    @Test
    void inKoreanNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("ko", "manager");
    }
}
