package org.shopsuite.desktop.ui.main;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * Where the window goes: as it was left (size, position, maximised), kept on a screen that is still
 * there and never bigger than that screen's usable area, or on first start 1280x800 (or the
 * primary screen's usable area where that is smaller), centred.
 */
public final class WindowPlacement {
    public static final double FIRST_WIDTH = 1280;
    public static final double FIRST_HEIGHT = 800;

    /** A rectangle on the desktop (a screen's usable area, or a window). */
    public record Area(double x, double y, double width, double height) {
        boolean intersects(Area o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        double overlap(Area o) {
            double w = Math.min(x + width, o.x + o.width) - Math.max(x, o.x);
            double h = Math.min(y + height, o.y + o.height) - Math.max(y, o.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** The window's bounds and whether it is maximised. */
    public record Placement(Area bounds, boolean maximized) {}

    private WindowPlacement() {}

    /**
     * The placement to show: the saved one moved and shrunk onto the screen it overlaps most (the
     * primary, the first of {@code screens}, when it overlaps none), or the first-start one.
     */
    public static Placement place(Placement saved, List<Area> screens) {
        Area primary = screens.get(0);
        if (saved == null) {
            double w = Math.min(primary.width(), FIRST_WIDTH);
            double h = Math.min(primary.height(), FIRST_HEIGHT);
            return new Placement(centred(primary, w, h), false);
        }
        Area screen = primary;
        double best = 0;
        for (Area s : screens) {
            double o = s.overlap(saved.bounds());
            if (o > best) {
                best = o;
                screen = s;
            }
        }
        Area b = saved.bounds();
        double w = Math.min(b.width(), screen.width());
        double h = Math.min(b.height(), screen.height());
        if (best == 0) {
            return new Placement(centred(screen, w, h), saved.maximized());
        }
        double x = Math.max(screen.x(), Math.min(b.x(), screen.x() + screen.width() - w));
        double y = Math.max(screen.y(), Math.min(b.y(), screen.y() + screen.height() - h));
        return new Placement(new Area(x, y, w, h), saved.maximized());
    }

    private static Area centred(Area screen, double w, double h) {
        return new Area(screen.x() + (screen.width() - w) / 2, screen.y() + (screen.height() - h) / 2, w, h);
    }

    /** The placement saved at the last close, or null on first start. */
    public static Placement load(Preferences prefs) {
        double w = prefs.getDouble("window.width", -1);
        double h = prefs.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return new Placement(
                new Area(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w, h),
                prefs.getBoolean("window.maximized", false));
    }

    /** Remembers the window's normal (not maximised) bounds and whether it is maximised. */
    public static void save(Preferences prefs, Placement p) {
        prefs.putDouble("window.x", p.bounds().x());
        prefs.putDouble("window.y", p.bounds().y());
        prefs.putDouble("window.width", p.bounds().width());
        prefs.putDouble("window.height", p.bounds().height());
        prefs.putBoolean("window.maximized", p.maximized());
    }
}
