package org.shopsuite.desktop.ui;

import java.math.BigDecimal;
import java.util.Locale;
import org.shopsuite.desktop.client.ShopClient;
import org.shopsuite.model.Role;
import org.shopsuite.model.ShopSettings;
import org.shopsuite.model.User;

/**
 * A counter's session with a client pointed at a port nobody listens on, for ViewModel rules that
 * need no server: a call that is made fails (and so shows that it was made).
 */
public final class OfflineSession {
    private OfflineSession() {}

    public static Session of(String lang, long pointValue) {
        ShopSettings shop = new ShopSettings(
                "Shop",
                "Addr",
                "010",
                null,
                null,
                "KRW",
                50000L,
                new BigDecimal("10"),
                "Asia/Seoul",
                "INV",
                pointValue,
                BigDecimal.ONE,
                0L,
                12,
                10000,
                null,
                0L,
                0L,
                1L);
        return new Session(
                new ShopClient("http://127.0.0.1:9"),
                new User(1, "counter", Role.RECEPTIONIST, null, true, 1, null),
                shop,
                new Messages(Locale.forLanguageTag(lang)));
    }
}
