package org.shopsuite.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The shop's customers and their cars for {@link Generate}: who came with which car on each
 * receipt, written as the counter typed it. About {@code 0.3 N} customers and {@code 0.4 N}
 * vehicles for {@code N} receipts; a quarter of the customers own two or three cars; each car
 * visits at least once, regulars a dozen times and more, and a few fleet cars about 200 times (for
 * the history benchmark). A car keeps its owner's name and phone over its visits, except that on
 * 1% of its later visits it has been sold (another customer from then on). The plate is typed with
 * varied spacing and hyphens ("12가3456", "12가 3456", "12가-3456") for the same car; the phone
 * with or without hyphens; the mileage grows over a car's visits (3% not read). Deterministic for a
 * seed.
 */
final class Fleet {
    /** Visits of each fleet car: the history benchmark's "vehicle with 200 visits". */
    static final int HEAVY_VISITS = 200;

    private static final String[] FAMILY = {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍", "전", "고",
        "문", "양", "손", "배", "백", "허", "유", "남"
    };
    private static final String[] GIVEN = {
        "민수", "서준", "지훈", "유나", "도현", "하은", "지민", "서연", "예준", "수아", "건우", "지우", "현우", "채원", "시우", "다은", "준서", "은지",
        "태윤", "소율", "민준", "지호", "하준", "주원", "도윤", "서윤", "지아", "하린", "민서", "영수", "영희", "순자", "정숙", "상철", "경호", "미경",
        "성민", "혜진", "동현", "수빈"
    };
    /**
     * Per mille of the population by family name, in FAMILY's order for the ten most common (김 21%,
     * 이 15%, 박 8%, ...: a search for "김" finds a fifth of the customers, as in a Korean shop); the
     * rest share what is left.
     */
    private static final int[] FAMILY_PER_MILLE = {215, 147, 84, 47, 44, 23, 21, 20, 20, 17};

    /** The index in FAMILY of the family name at {@code perMille} (0-999) of the population. */
    private static int family(int perMille) {
        int x = perMille;
        for (int i = 0; i < FAMILY_PER_MILLE.length; i++) {
            if (x < FAMILY_PER_MILLE[i]) {
                return i;
            }
            x -= FAMILY_PER_MILLE[i];
        }
        int rest = FAMILY.length - FAMILY_PER_MILLE.length;
        return FAMILY_PER_MILLE.length + x * rest / (1000 - 638);
    }

    /** The Hangul of private cars' plates. */
    private static final String[] HANGUL = {
        "가", "나", "다", "라", "마", "거", "너", "더", "러", "머", "버", "서", "어", "저", "고", "노", "도", "로", "모", "보", "소", "오",
        "조", "구", "누", "두", "루", "무", "부", "수", "우", "주", "허", "하", "호"
    };

    private static final String[] REGIONS = {
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"
    };
    private static final String[][] MAKES = {
        {"Hyundai", "Sonata"},
        {"Hyundai", "Avante"},
        {"Hyundai", "Grandeur"},
        {"Hyundai", "Tucson"},
        {"Hyundai", "Porter"},
        {"Kia", "Sorento"},
        {"Kia", "Carnival"},
        {"Kia", "Morning"},
        {"Kia", "K5"},
        {"Genesis", "G80"},
        {"Chevrolet", "Trax"},
        {"Renault Korea", "QM6"},
        {"SsangYong", "Rexton"},
        {"BMW", "520d"},
        {"Mercedes-Benz", "E300"},
        {"Toyota", "Camry"}
    };

    /** A receipt's customer and car as typed at the counter that day. */
    record Visit(String name, String phone, String plate, String make, String model, int year, Integer mileageKm) {}

    private final long seed;
    private final int customers;
    private final int vehicles;
    private final int[] owner;
    /** The vehicle of each receipt, in receipt order. */
    private final int[] visitVehicle;

    private final int[] heavy;
    private final boolean[] seen;
    private final SplittableRandom random;
    private final Set<String> plates = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private long sales;
    private long noMileage;

    Fleet(long receipts, long seed) {
        if (receipts > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Integer.MAX_VALUE + " receipts");
        }
        int n = (int) receipts;
        this.seed = seed;
        this.random = new SplittableRandom(seed * 31 + 7);
        this.vehicles = (int) Math.max(1, Math.round(n * 0.4));
        this.customers = (int) Math.max(1, Math.round(n * 0.3));
        owner = new int[vehicles];
        seen = new boolean[vehicles];
        for (int v = 0; v < vehicles; v++) {
            owner[v] = firstOwner(v);
        }
        int heavyCount = Math.min(5, n / 4_000);
        heavy = new int[heavyCount];
        // among the extra cars (owned by someone with several), standard plates that a counter types
        for (int h = 0, v = vehicles - 1; h < heavyCount && v >= 0; v--) {
            if (Long.remainderUnsigned(mix(v), 100) >= 6) {
                heavy[h++] = v;
            }
        }
        visitVehicle = new int[n];
        int k = 0;
        for (int h : heavy) {
            for (int j = 0; j < HEAVY_VISITS - 1 && k < n; j++) {
                visitVehicle[k++] = h;
            }
        }
        for (int v = 0; v < vehicles && k < n; v++) {
            visitVehicle[k++] = v; // every car at least once
        }
        // The rest skewed: 20% among 2% of the cars (very regular), 50% among 30%, 30% among all.
        int veryRegular = Math.max(1, vehicles / 50);
        int regular = Math.max(1, vehicles * 3 / 10);
        while (k < n) {
            int roll = random.nextInt(10);
            int pool = roll < 2 ? veryRegular : roll < 7 ? regular : vehicles;
            // spread each pool over the whole range of vehicle numbers, not only its start
            visitVehicle[k++] = (int) ((long) random.nextInt(pool) * (vehicles / pool) % vehicles);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = visitVehicle[i];
            visitVehicle[i] = visitVehicle[j];
            visitVehicle[j] = t;
        }
    }

    /** Every customer has a first car; the other cars go to a quarter of them (a second, some a third). */
    private int firstOwner(int v) {
        return v < customers ? v : (int) ((long) (v - customers) * 7919 % Math.max(1, customers / 4));
    }

    int customers() {
        return customers;
    }

    int vehicles() {
        return vehicles;
    }

    /**
     * The visit of receipt {@code index} (0-based; receipts in time order), {@code day} days after
     * the history's start.
     */
    Visit visit(int index, int day) {
        int v = visitVehicle[index];
        long h = mix(v);
        if (seen[v] && random.nextInt(100) == 0) {
            // sold: another customer owns the car from this visit on
            owner[v] = random.nextInt(customers);
            sales++;
        }
        seen[v] = true;
        int c = owner[v];
        long ch = mix(0x5bd1e995L + c);
        String name = FAMILY[family((int) Long.remainderUnsigned(ch, 1000))]
                + GIVEN[(int) Long.remainderUnsigned(ch >>> 16, GIVEN.length)];
        String phone = phone(c, ch);
        if (phone != null) {
            phones.add(phone.replace("-", ""));
            if (random.nextInt(10) == 0) {
                phone = phone.replace("-", ""); // typed without hyphens
            }
        }
        String plate = plate(v, h);
        plates.add(plate.replace(" ", "").replace("-", ""));
        String typed = typed(plate);
        String[] mm = MAKES[(int) Long.remainderUnsigned(h >>> 8, MAKES.length)];
        int year = 2000 + (int) Long.remainderUnsigned(h >>> 20, 25);
        Integer mileage = null;
        if (random.nextInt(100) < 3) {
            noMileage++;
        } else {
            // the reading at the start of the history plus the car's yearly distance; fleet cars a taxi's
            long start = Long.remainderUnsigned(h >>> 28, 120_000);
            long perYear = isHeavy(v) ? 60_000 : 5_000 + Long.remainderUnsigned(h >>> 40, 25_000);
            mileage = (int) (start + perYear * day / 365);
        }
        return new Visit(name, phone, typed, mm[0], mm[1], year, mileage);
    }

    private boolean isHeavy(int v) {
        for (int x : heavy) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /**
     * A Korean mobile number, distinct per customer (an affine permutation of the 10^8 numbers);
     * 3% have none and 0.5% share the previous customer's (a family phone).
     */
    private String phone(int c, long ch) {
        int roll = (int) Long.remainderUnsigned(ch >>> 32, 1000);
        if (roll < 30) {
            return null;
        }
        int who = roll < 35 && c > 0 ? c - 1 : c;
        long digits = Math.floorMod(who * 73_856_093L + seed * 1_000_003L + 12_345_678L, 100_000_000L);
        return String.format(Locale.ROOT, "010-%04d-%04d", digits / 10_000, digits % 10_000);
    }

    /**
     * The car's registration in its standard (normalised) form, distinct per car: 40% the new format
     * {@code 123가4567}, 54% the old {@code 12가3456}, 3% with a region {@code 서울12가3456}, 3%
     * non-standard (temporary, dealer, foreign).
     */
    static String plate(int v, long h) {
        int kind = (int) Long.remainderUnsigned(h, 100);
        if (kind < 3) {
            return switch (v % 3) {
                case 0 -> "TEMP-" + v;
                case 1 -> "DLR " + v;
                default -> String.format(Locale.ROOT, "AB %d CD", v);
            };
        }
        if (kind < 6) {
            // region + old format: 16 x 90 x 35 x 10^4 numbers
            long space = 16L * 90 * 35 * 10_000;
            long x = Math.floorMod(v * 2_654_435_761L + 11, space);
            return REGIONS[(int) (x % 16)] + old(x / 16);
        }
        if (kind < 46) {
            long space = 900L * 35 * 10_000;
            long x = Math.floorMod(v * 2_654_435_761L + 3, space);
            return (100 + x % 900) + HANGUL[(int) (x / 900 % 35)] + String.format(Locale.ROOT, "%04d", x / 900 / 35);
        }
        long x = Math.floorMod(v * 2_654_435_761L + 5, 90L * 35 * 10_000);
        return old(x);
    }

    private static String old(long x) {
        return (10 + x % 90) + HANGUL[(int) (x / 90 % 35)] + String.format(Locale.ROOT, "%04d", x / 90 / 35);
    }

    /** As typed at the counter: mostly as printed, often with a space or hyphen before the number. */
    private String typed(String plate) {
        int n = plate.length();
        if (n < 5 || !Character.isDigit(plate.charAt(n - 1)) || !isHangul(plate.charAt(n - 5))) {
            return random.nextInt(50) == 0 ? plate + " " : plate; // non-standard: as is (sometimes a stray space)
        }
        int roll = random.nextInt(100);
        String head = plate.substring(0, n - 4);
        String tail = plate.substring(n - 4);
        if (roll < 65) {
            return plate;
        }
        if (roll < 85) {
            return head + " " + tail;
        }
        if (roll < 95) {
            return head + "-" + tail;
        }
        // "12 가 3456"
        return plate.substring(0, n - 5) + " " + plate.charAt(n - 5) + " " + tail;
    }

    private static boolean isHangul(char ch) {
        return ch >= '가' && ch <= '힣';
    }

    /** The plates, in standard form, of the cars with about 200 visits. */
    List<String> heavyPlates() {
        List<String> out = new ArrayList<>();
        for (int v : heavy) {
            out.add(plate(v, mix(v)));
        }
        return out;
    }

    /** What was generated, for the end of the run. */
    String summary(long receipts) {
        int[] perVehicle = new int[vehicles];
        for (int v : visitVehicle) {
            perVehicle[v]++;
        }
        int[] cars = new int[customers];
        for (int v = 0; v < vehicles; v++) {
            cars[firstOwner(v)]++;
        }
        long multi = 0;
        for (int c : cars) {
            if (c >= 2) {
                multi++;
            }
        }
        long once = 0;
        long tenPlus = 0;
        int max = 0;
        for (int p : perVehicle) {
            once += p == 1 ? 1 : 0;
            tenPlus += p >= 10 ? 1 : 0;
            max = Math.max(max, p);
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "receipts: %,d; distinct plates (spaces and hyphens removed): %,d; distinct phones: %,d%n",
                receipts,
                plates.size(),
                phones.size()));
        s.append(String.format(
                Locale.ROOT,
                "customers: %,d (%,d = %.0f%% with 2+ cars at first); vehicles: %,d (%,d with one visit,"
                        + " %,d with 10+, most visits %d); sold between visits: %,d; visits without mileage: %,d%n",
                customers,
                multi,
                100.0 * multi / customers,
                vehicles,
                once,
                tenPlus,
                max,
                sales,
                noMileage));
        List<String> heavyPlates = heavyPlates();
        for (int i = 0; i < heavy.length; i++) {
            s.append(String.format(
                    Locale.ROOT, "vehicle with %d visits: %s%n", perVehicle[heavy[i]], heavyPlates.get(i)));
        }
        return s.toString();
    }

    /** SplitMix64 of the car or customer number and the seed: its fixed traits. */
    long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L + seed * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
