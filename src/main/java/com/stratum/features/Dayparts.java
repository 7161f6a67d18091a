package com.stratum.features;

import java.util.List;

/**
 * Where the four parts of the day start, in whole hours (defaults: night 00-06, morning 06-12,
 * afternoon 12-18, evening 18-24). A time belongs to the part whose start is the latest one at
 * or before it, going round midnight.
 */
public record Dayparts(int morningStart, int afternoonStart, int eveningStart, int nightStart) {

    public static final int MORNING = 0;
    public static final int AFTERNOON = 1;
    public static final int EVENING = 2;
    public static final int NIGHT = 3;
    /** Level keys in code order (the UI translates them). */
    public static final List<String> LEVELS = List.of("morning", "afternoon", "evening", "night");

    public static final Dayparts DEFAULT = new Dayparts(6, 12, 18, 0);

    public Dayparts {
        int[] starts = {morningStart, afternoonStart, eveningStart, nightStart};
        for (int i = 0; i < 4; i++) {
            if (starts[i] < 0 || starts[i] > 23) {
                throw new IllegalArgumentException("A daypart starts at an hour 0-23, not " + starts[i]);
            }
            for (int j = 0; j < i; j++) {
                if (starts[i] == starts[j]) {
                    throw new IllegalArgumentException("Two dayparts start at hour " + starts[i]);
                }
            }
        }
    }

    /** The daypart code of each hour 0-23. */
    int[] hourTable() {
        int[] starts = {morningStart, afternoonStart, eveningStart, nightStart};
        int[] table = new int[24];
        for (int h = 0; h < 24; h++) {
            int best = -1;
            int bestDistance = 25;
            for (int p = 0; p < 4; p++) {
                int distance = Math.floorMod(h - starts[p], 24); // hours since part p started
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = p;
                }
            }
            table[h] = best;
        }
        return table;
    }

    /** The daypart code of a second of the day. */
    public int of(int secondOfDay) {
        return hourTable()[secondOfDay / 3600];
    }
}
