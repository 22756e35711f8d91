package org.shopsuite.desktop.ui;

import org.junit.jupiter.api.Test;

/** {@link NoClippingTest} for the screens the counter user sees. */
class NoClippingCounterTest extends NoClippingTest {
    @Test
    void inEnglishNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("en", "counter");
    }

    @Test
    void inKoreanNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("ko", "counter");
    }
}
