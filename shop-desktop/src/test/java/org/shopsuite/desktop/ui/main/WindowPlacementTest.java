package org.shopsuite.desktop.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.shopsuite.desktop.ui.main.WindowPlacement.Area;
import org.shopsuite.desktop.ui.main.WindowPlacement.Placement;

/** Issue 15, defect 10: the window comes back where it was, but always on a screen and never bigger. */
class WindowPlacementTest {
    static final Area FULL_HD = new Area(0, 0, 1920, 1040); // a taskbar below
    static final Area LAPTOP = new Area(0, 0, 1366, 728);
    static final Area RIGHT = new Area(1920, 0, 1280, 1024);

    @Test
    void firstStartIs1280x800CentredWhereTheScreenAllows() {
        Placement p = WindowPlacement.place(null, List.of(FULL_HD));
        assertThat(p.bounds()).isEqualTo(new Area(320, 120, 1280, 800));
        assertThat(p.maximized()).isFalse();
    }

    @Test
    void firstStartOnASmallScreenIsNeverBiggerThanItsUsableArea() {
        Placement p = WindowPlacement.place(null, List.of(LAPTOP));
        assertThat(p.bounds()).isEqualTo(new Area(43, 0, 1280, 728));
        Placement tiny = WindowPlacement.place(null, List.of(new Area(0, 0, 1024, 600)));
        assertThat(tiny.bounds()).isEqualTo(new Area(0, 0, 1024, 600));
    }

    @Test
    void aSavedPlacementOnAScreenStillThereComesBackAsItWas() {
        Placement saved = new Placement(new Area(100, 50, 1500, 900), true);
        assertThat(WindowPlacement.place(saved, List.of(FULL_HD))).isEqualTo(saved);
        Placement onRight = new Placement(new Area(2000, 100, 1000, 700), false);
        assertThat(WindowPlacement.place(onRight, List.of(FULL_HD, RIGHT))).isEqualTo(onRight);
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneComesBackCentredOnThePrimary() {
        Placement onRight = new Placement(new Area(2000, 100, 1000, 700), false);
        assertThat(WindowPlacement.place(onRight, List.of(FULL_HD)).bounds()).isEqualTo(new Area(460, 170, 1000, 700));
    }

    @Test
    void aWindowHangingOffItsScreenIsMovedOnAndShrunkToFit() {
        Placement hanging = new Placement(new Area(1200, 600, 1280, 800), false);
        assertThat(WindowPlacement.place(hanging, List.of(LAPTOP)).bounds()).isEqualTo(new Area(86, 0, 1280, 728));
        Placement above = new Placement(new Area(-50, -30, 800, 600), false);
        assertThat(WindowPlacement.place(above, List.of(FULL_HD)).bounds()).isEqualTo(new Area(0, 0, 800, 600));
    }

    @Test
    void thePlacementIsSavedAndLoaded() throws Exception {
        Preferences prefs = Preferences.userRoot().node("shop-suite-test-placement-" + System.nanoTime());
        try {
            assertThat(WindowPlacement.load(prefs)).isNull();
            Placement p = new Placement(new Area(10, 20, 1300, 750), true);
            WindowPlacement.save(prefs, p);
            assertThat(WindowPlacement.load(prefs)).isEqualTo(p);
        } finally {
            prefs.removeNode();
        }
    }
}
