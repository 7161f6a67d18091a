package com.stratum.exports.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * How busy each day of the sample window is, relative to an ordinary weekday. Domestic shoppers
 * follow the Chinese calendar (the run-up to Chinese New Year and the quiet holiday week, the 618
 * and 11.11 shopping festivals, Double 12); overseas shoppers the Western one (Black Friday,
 * Christmas); both are busier in November and December and at weekends.
 */
final class SeasonCalendar {

    private static final LocalDate[] CHINESE_NEW_YEAR = {LocalDate.of(2023, 1, 22), LocalDate.of(2024, 2, 10),
            LocalDate.of(2025, 1, 29), LocalDate.of(2026, 2, 17)};

    final LocalDate first;
    final int days;
    private final double[] weight;
    /** cumulative[i] = sum of weight[0..i-1]. */
    private final double[] cumulative;
    private final double meanWeight;

    SeasonCalendar(LocalDate first, LocalDate last, boolean domestic) {
        this.first = first;
        this.days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        weight = new double[days];
        cumulative = new double[days + 1];
        for (int i = 0; i < days; i++) {
            weight[i] = domestic ? domesticWeight(first.plusDays(i)) : overseasWeight(first.plusDays(i));
            cumulative[i + 1] = cumulative[i] + weight[i];
        }
        meanWeight = cumulative[days] / days;
    }

    /** Sum of the weights of days [from, to), in units of an average day. */
    double averageDays(int from, int to) {
        return (cumulative[to] - cumulative[from]) / meanWeight;
    }

    /** A day in [from, to) drawn in proportion to its weight. */
    int sampleDay(Random r, int from, int to) {
        double x = cumulative[from] + r.nextDouble() * (cumulative[to] - cumulative[from]);
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (cumulative[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    LocalDate date(int day) {
        return first.plusDays(day);
    }

    int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(first, date);
    }

    static double domesticWeight(LocalDate d) {
        double w = common(d);
        for (LocalDate cny : CHINESE_NEW_YEAR) {
            long offset = ChronoUnit.DAYS.between(cny, d);
            if (offset >= -18 && offset < -3) {
                w *= 1.7; // new-year shopping
            } else if (offset >= -3 && offset < 7) {
                w *= 0.45; // the holiday week: shops quiet, logistics paused
            }
        }
        int month = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (month == 6 && day <= 18) {
            w *= day == 18 ? 3.5 : (day >= 15 ? 1.8 : 1.3); // 618
        }
        if (month == 11 && day <= 11) {
            w *= day == 11 ? 5.0 : (day >= 8 ? 2.0 : 1.4); // Singles' Day
        }
        if (month == 12 && day == 12) {
            w *= 2.0; // Double 12
        }
        return w;
    }

    static double overseasWeight(LocalDate d) {
        double w = common(d);
        int month = d.getMonthValue();
        int day = d.getDayOfMonth();
        LocalDate blackFriday = LocalDate.of(d.getYear(), Month.NOVEMBER, 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.FRIDAY));
        long sinceBlackFriday = ChronoUnit.DAYS.between(blackFriday, d);
        if (sinceBlackFriday >= 0 && sinceBlackFriday <= 3) {
            w *= sinceBlackFriday == 0 ? 3.0 : 2.0; // Black Friday to Cyber Monday
        }
        if (month == 12 && day >= 10 && day <= 23) {
            w *= 1.8; // Christmas gifts
        }
        if (month == 11 && day == 11) {
            w *= 2.0; // 11.11 reaches cross-border shoppers too
        }
        return w;
    }

    private static double common(LocalDate d) {
        double w = switch (d.getMonth()) {
            case NOVEMBER -> 1.3;
            case DECEMBER -> 1.4;
            case JULY, AUGUST -> 0.9;
            case FEBRUARY -> 0.95;
            default -> 1.0;
        };
        DayOfWeek dow = d.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            w *= 1.25;
        }
        return w;
    }
}
