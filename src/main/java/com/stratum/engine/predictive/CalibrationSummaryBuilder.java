package com.stratum.engine.predictive;

import java.time.LocalDate;
import java.util.Arrays;

import static com.stratum.engine.predictive.PredictiveDataException.Problem;

/**
 * Turns transaction lines into a {@link CalibrationSummary}. A customer's lines on one calendar day are
 * one purchase day with their amounts netted; a day with a negative net is a return, not a purchase; a
 * zero net is a purchase (the CDNOW sample has $0.00 first purchases and the published numbers count them).
 * Linear in the number of lines plus a sort of each customer's own lines; no per-line objects.
 */
public final class CalibrationSummaryBuilder {

    /** Fewer customers than this cannot support a four-parameter fit. */
    public static final int MIN_CUSTOMERS = 20;

    private CalibrationSummaryBuilder() {
    }

    /**
     * @param calibrationEnd the last day of the calibration period (inclusive); null for the last
     *                       transaction date
     * @throws PredictiveDataException when the data cannot support a model
     */
    public static CalibrationSummary build(PurchaseLog log, LocalDate calibrationEnd, ModelTimeUnit unit) {
        int n = log.lines();
        int customers = log.customerIds().length;
        int[] day = log.epochDay();
        if (n == 0) {
            throw new PredictiveDataException(Problem.NO_PURCHASES, "predictive.noTransactions");
        }
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int d : day) {
            minDay = Math.min(minDay, d);
            maxDay = Math.max(maxDay, d);
        }
        int calEnd = calibrationEnd == null ? maxDay : (int) calibrationEnd.toEpochDay();
        if (calEnd < minDay || calEnd > maxDay) {
            throw new PredictiveDataException(Problem.CALIBRATION_END_OUTSIDE_DATA, "predictive.calibrationEndOutside",
                    date(calEnd), date(minDay), date(maxDay));
        }

        // counting sort of line indexes by customer, then each customer's lines by day
        int[] start = new int[customers + 1];
        for (int c : log.customer()) {
            start[c + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        long[] keys = new long[n];
        int[] fill = Arrays.copyOf(start, customers);
        for (int i = 0; i < n; i++) {
            keys[fill[log.customer()[i]]++] = ((long) (day[i] - minDay) << 32) | i;
        }

        int[] rowCustomer = new int[customers];
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] bigT = new double[customers];
        double[] zbar = new double[customers];
        int[] xStar = new int[customers];
        int[] first = new int[customers];
        int[] repeatByDay = new int[maxDay - minDay + 1];
        int rows = 0;
        int minPurchase = Integer.MAX_VALUE;
        int maxPurchase = Integer.MIN_VALUE;
        long[] amount = log.amountCents();
        int[] dayBuf = new int[16];
        long[] netBuf = new long[16];
        for (int c = 0; c < customers; c++) {
            int from = start[c];
            int to = start[c + 1];
            if (from == to) {
                continue;
            }
            Arrays.sort(keys, from, to);
            // the customer's purchase days (net >= 0), in date order
            int days = 0;
            int i = from;
            while (i < to) {
                int d = (int) (keys[i] >>> 32);
                long net = 0;
                while (i < to && (int) (keys[i] >>> 32) == d) {
                    net += amount[(int) keys[i]];
                    i++;
                }
                if (net >= 0) { // a net return day is not a purchase
                    if (days == dayBuf.length) {
                        dayBuf = Arrays.copyOf(dayBuf, days * 2);
                        netBuf = Arrays.copyOf(netBuf, days * 2);
                    }
                    dayBuf[days] = d;
                    netBuf[days] = net;
                    days++;
                }
            }
            if (days == 0) {
                continue;
            }
            int firstDay = dayBuf[0] + minDay;
            minPurchase = Math.min(minPurchase, firstDay);
            maxPurchase = Math.max(maxPurchase, dayBuf[days - 1] + minDay);
            if (firstDay > calEnd) {
                continue; // first purchase after the calibration end: not in the fit
            }
            int lastCal = firstDay;
            int repeats = 0;
            int holdout = 0;
            long repeatCents = 0;
            for (int k = 1; k < days; k++) {
                int date = dayBuf[k] + minDay;
                repeatByDay[dayBuf[k]]++;
                if (date <= calEnd) {
                    repeats++;
                    repeatCents += netBuf[k];
                    lastCal = date;
                } else {
                    holdout++;
                }
            }
            rowCustomer[rows] = c;
            x[rows] = repeats;
            tx[rows] = unit.fromDays(repeats == 0 ? 0 : lastCal - firstDay);
            bigT[rows] = unit.fromDays(calEnd - firstDay);
            zbar[rows] = repeats == 0 ? Double.NaN : repeatCents / 100.0 / repeats;
            xStar[rows] = holdout;
            first[rows] = firstDay;
            rows++;
        }
        if (minPurchase == Integer.MAX_VALUE) {
            throw new PredictiveDataException(Problem.NO_PURCHASES, "predictive.noPurchases");
        }
        if (minPurchase == maxPurchase) {
            throw new PredictiveDataException(Problem.ALL_PURCHASES_ON_ONE_DAY, "predictive.allOnOneDay",
                    date(minPurchase));
        }
        if (rows < MIN_CUSTOMERS) {
            throw new PredictiveDataException(Problem.TOO_FEW_CUSTOMERS, "predictive.tooFewCustomers",
                    String.valueOf(rows), date(calEnd), String.valueOf(MIN_CUSTOMERS));
        }
        long totalRepeats = 0;
        for (int r = 0; r < rows; r++) {
            totalRepeats += x[r];
        }
        if (totalRepeats == 0) {
            throw new PredictiveDataException(Problem.NO_REPEAT_PURCHASES, "predictive.noRepeatPurchases",
                    date(calEnd));
        }
        return new CalibrationSummary(unit, LocalDate.ofEpochDay(calEnd), LocalDate.ofEpochDay(minDay),
                LocalDate.ofEpochDay(maxDay), log.customerIds(), Arrays.copyOf(rowCustomer, rows),
                Arrays.copyOf(x, rows), Arrays.copyOf(tx, rows), Arrays.copyOf(bigT, rows), Arrays.copyOf(zbar, rows),
                Arrays.copyOf(xStar, rows), Arrays.copyOf(first, rows), repeatByDay);
    }

    private static String date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }
}
