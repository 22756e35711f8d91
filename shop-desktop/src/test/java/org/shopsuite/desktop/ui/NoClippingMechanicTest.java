package org.shopsuite.desktop.ui;

import org.junit.jupiter.api.Test;

/** {@link NoClippingTest} for the screens the kim user sees. */
class NoClippingMechanicTest extends NoClippingTest {
    @Test
    void inEnglishNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("en", "kim");
    }

    @Test
    void inKoreanNothingIsClippedAtEitherSize() throws Exception {
        noScreenClips("ko", "kim");
    }
}
