package com.stratum.exports.sample;

import com.stratum.exports.sample.SampleCatalog.Category;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/** Draws the orders of one customer (or the anonymous walk-ins) for one month of the window. */
final class OrderGenerator {

    /** Anonymous walk-in orders per customer per 30 average days. */
    private static final double ANONYMOUS_RATE = 0.012;
    private static final double[] LINES_PER_ORDER = {0.5, 0.26, 0.13, 0.07, 0.04};
    private static final double[] QUANTITY = {0.76, 0.16, 0.05, 0.02, 0.01};
    private static final int[] IN_STORE_HOURS = {10, 21};

    private final long seed;
    private final SeasonCalendar domestic;
    private final SeasonCalendar overseas;

    OrderGenerator(long seed, SeasonCalendar domestic, SeasonCalendar overseas) {
        this.seed = seed;
        this.domestic = domestic;
        this.overseas = overseas;
    }

    /**
     * Adds the customer's orders placed in days [monthFrom, monthTo) to {@code out}; their returns
     * (dated later) go to {@code out} as well, the caller sorts them into their month.
     */
    void customerMonth(CustomerProfile p, int month, int monthFrom, int monthTo, List<SampleOrder> out) {
        if (p.persona == Persona.NEVER) {
            return;
        }
        SeasonCalendar calendar = p.city.domestic() ? domestic : overseas;
        Random r = Draw.stream(seed, p.index + 1L, 1000 + month);
        if (p.persona == Persona.ONE_TIME) {
            if (p.oneOffDay >= monthFrom && p.oneOffDay < monthTo) {
                order(p, calendar.date(p.oneOffDay), r, out);
            }
            return;
        }
        int from = Math.max(monthFrom, p.activeFrom);
        int to = Math.min(monthTo, p.activeTo);
        if (from >= to) {
            return;
        }
        int count = Draw.poisson(r, p.rate / 30.0 * calendar.averageDays(from, to));
        for (int i = 0; i < count; i++) {
            order(p, calendar.date(calendar.sampleDay(r, from, to)), r, out);
        }
    }

    /** Walk-in purchases by people without a loyalty account: in store, no customer id. */
    void anonymousMonth(int customers, int month, int monthFrom, int monthTo, List<SampleOrder> out) {
        Random r = Draw.stream(seed, -1, 1000 + month);
        int count = Draw.poisson(r, ANONYMOUS_RATE * customers / 30.0 * domestic.averageDays(monthFrom, monthTo));
        for (int i = 0; i < count; i++) {
            LocalDate day = domestic.date(domestic.sampleDay(r, monthFrom, monthTo));
            int store = r.nextInt(SampleCatalog.STORES.length);
            LocalDateTime time = day.atTime(Draw.between(r, IN_STORE_HOURS[0], IN_STORE_HOURS[1]), r.nextInt(60),
                    r.nextInt(60));
            int lines = r.nextDouble() < 0.7 ? 1 : 2;
            SampleOrder o = new SampleOrder(-1, time, SampleCatalog.IN_STORE, store, SampleCatalog.STORES[store].city(),
                    false, lines);
            for (int l = 0; l < lines; l++) {
                int c = Draw.weighted(r, CustomerProfile.CATEGORY_POPULARITY);
                o.category[l] = c;
                o.brand[l] = r.nextInt(SampleCatalog.CATEGORIES[c].brands().length);
                o.quantity[l] = 1 + Draw.weighted(r, QUANTITY);
                o.unitCents[l] = price(r, SampleCatalog.CATEGORIES[c], 1.0);
            }
            out.add(o);
        }
    }

    private void order(CustomerProfile p, LocalDate day, Random r, List<SampleOrder> out) {
        int channel = Draw.weighted(r, p.channelWeights);
        int store = channel == SampleCatalog.IN_STORE ? p.homeStore : -1;
        if (channel == SampleCatalog.IN_STORE && store < 0) {
            channel = SampleCatalog.MOBILE; // no store to walk into
        }
        int city = store >= 0 ? SampleCatalog.STORES[store].city() : p.cityIndex;
        LocalDateTime time = day.atTime(hour(r, p.daypartWeights, channel == SampleCatalog.IN_STORE), r.nextInt(60),
                r.nextInt(60));
        int lines = 1 + Draw.weighted(r, LINES_PER_ORDER);
        SampleOrder o = new SampleOrder(p.index, time, channel, store, city, false, lines);
        int returnLine = -1;
        for (int l = 0; l < lines; l++) {
            int c = r.nextDouble() < 0.45 ? p.favouriteCategory : Draw.weighted(r, CustomerProfile.CATEGORY_POPULARITY);
            Category category = SampleCatalog.CATEGORIES[c];
            o.category[l] = c;
            o.brand[l] = c == p.favouriteCategory && r.nextDouble() < p.brandLoyalty
                    ? p.favouriteBrand : r.nextInt(category.brands().length);
            int q = 1 + Draw.weighted(r, QUANTITY);
            o.quantity[l] = category.en().startsWith("Food") ? q + r.nextInt(3) : q;
            long cents = price(r, category, p.spend);
            if (r.nextDouble() < 0.25) {
                // member discount of 5 to 20 percent, to the cent (half up)
                int percentOff = Draw.between(r, 5, 20);
                cents = (cents * (100 - percentOff) + 50) / 100;
            }
            o.unitCents[l] = cents;
            if (returnLine < 0 && r.nextDouble() < category.returnRate()) {
                returnLine = l;
            }
        }
        out.add(o);
        if (returnLine >= 0) {
            LocalDateTime when = day.plusDays(Draw.between(r, 3, 21))
                    .atTime(Draw.between(r, 10, 20), r.nextInt(60), r.nextInt(60));
            SampleOrder ret = new SampleOrder(p.index, when, channel, store, city, true, 1);
            ret.category[0] = o.category[returnLine];
            ret.brand[0] = o.brand[returnLine];
            ret.quantity[0] = -Draw.between(r, 1, o.quantity[returnLine]);
            ret.unitCents[0] = o.unitCents[returnLine];
            out.add(ret);
        }
    }

    /** A shelf price in cents: log-uniform in the category's range, scaled by the customer's taste. */
    static long price(Random r, Category c, double spend) {
        double lo = Math.log(c.lowPrice());
        double hi = Math.log(c.highPrice());
        double p = Math.exp(lo + (hi - lo) * Math.pow(r.nextDouble(), 1.6)) * Math.pow(spend, 0.6);
        p = Math.max(c.lowPrice() * 0.7, Math.min(c.highPrice() * 1.4, p));
        if (p >= 100) {
            return (Math.round(p / 10) * 10 - 1) * 100; // 199.00, 1299.00
        }
        return Math.max(190, Math.round(p) * 100 - 10); // 38.90
    }

    /** An hour drawn from the customer's daypart habit; stores open 10:00-22:00. */
    static int hour(Random r, double[] daypartWeights, boolean inStore) {
        int part = Draw.weighted(r, daypartWeights);
        if (inStore) {
            return switch (part) {
                case 0 -> Draw.between(r, 10, 11);
                case 1 -> Draw.between(r, 12, 17);
                default -> Draw.between(r, 18, 21);
            };
        }
        return switch (part) {
            case 0 -> Draw.between(r, 6, 11);
            case 1 -> Draw.between(r, 12, 17);
            case 2 -> r.nextDouble() < 0.6 ? Draw.between(r, 20, 23) : Draw.between(r, 18, 19);
            default -> r.nextDouble() < 0.75 ? Draw.between(r, 0, 1) : Draw.between(r, 2, 5);
        };
    }
}
