package com.stratum.exports.sample;

import com.stratum.exports.sample.SampleCatalog.City;

import java.time.LocalDate;
import java.util.Random;

/**
 * One sample customer: who they are and how they buy. A pure function of (seed, index), so the
 * transactions of a month can be generated without keeping a million profiles in memory.
 */
final class CustomerProfile {

    private static final LocalDate FIRST_SIGNUP = LocalDate.of(2019, 3, 1);

    final int index;
    final String id;
    final Persona persona;
    final int cityIndex;
    final City city;
    final String gender;
    final LocalDate birthDate;
    final Long monthlyIncome;
    final String occupation;
    final String education;
    final String familyStatus;
    final LocalDate signupDate;
    final String values;
    final String interest;
    final String lifestyle;
    final String motive;
    final String contact;
    final boolean answeredSurvey;

    /** Expected purchases per 30 average days while active. */
    final double rate;
    final double spend;
    final double[] channelWeights;
    final double[] daypartWeights;
    final int favouriteCategory;
    final int favouriteBrand;
    final double brandLoyalty;
    final int homeStore;
    /** Active days [activeFrom, activeTo) as indexes into the calendar. */
    final int activeFrom;
    final int activeTo;
    /** The day of the only purchase of a ONE_TIME customer, else -1. */
    final int oneOffDay;

    static String idOf(int index) {
        return "C" + (100001 + index);
    }

    CustomerProfile(long seed, int index, SeasonCalendar domestic, SeasonCalendar overseas) {
        Random r = Draw.stream(seed, index + 1L, 0);
        this.index = index;
        this.id = idOf(index);
        this.persona = Persona.values()[Draw.weighted(r, Persona.SHARES)];
        this.cityIndex = Draw.weighted(r, CITY_WEIGHTS);
        this.city = SampleCatalog.CITIES[cityIndex];
        SeasonCalendar calendar = city.domestic() ? domestic : overseas;
        LocalDate windowEnd = calendar.date(calendar.days - 1);

        double genderDraw = r.nextDouble();
        gender = genderDraw < 0.57 ? "Female" : genderDraw < 0.98 ? "Male" : null;
        int age = (int) Math.round(Math.max(18, Math.min(72, 35 + 10.5 * r.nextGaussian())));
        LocalDate birth = windowEnd.minusYears(age).minusDays(r.nextInt(365));
        birthDate = r.nextDouble() < 0.03 ? null : birth;

        occupation = occupation(r, age);
        double medianIncome = switch (city.tier()) {
            case 1 -> 15000;
            case 2 -> 10000;
            case 3 -> 6500;
            default -> 26000;
        };
        if (occupation.equals("Student")) {
            medianIncome *= 0.2;
        } else if (occupation.equals("Retired")) {
            medianIncome *= 0.5;
        }
        double income = Draw.logNormal(r, Math.log(medianIncome), 0.5);
        monthlyIncome = r.nextDouble() < 0.06 ? null : Math.max(500, Math.round(income / 100) * 100);
        education = SampleCatalog.EDUCATION[Draw.weighted(r,
                city.tier() == 3 ? new double[] {0.3, 0.3, 0.3, 0.08, 0.02} : new double[] {0.12, 0.2, 0.45, 0.19, 0.04})];
        familyStatus = familyStatus(r, age);

        values = SampleCatalog.VALUES[Draw.weighted(r, new double[] {0.4, 0.35, 0.25})];
        lifestyle = SampleCatalog.LIFESTYLES[Draw.weighted(r, familyStatus.startsWith("Married with")
                ? new double[] {0.6, 0.25, 0.15} : familyStatus.equals("Single")
                ? new double[] {0.1, 0.45, 0.45} : new double[] {0.35, 0.35, 0.3})];
        motive = SampleCatalog.MOTIVES[Draw.weighted(r, new double[] {0.45, 0.35, 0.2})];
        interest = familyStatus.startsWith("Married with") && r.nextDouble() < 0.4 ? "Parenting"
                : Draw.pick(r, SampleCatalog.INTERESTS);
        contact = city.domestic()
                ? SampleCatalog.CONTACT_DOMESTIC[Draw.weighted(r, SampleCatalog.CONTACT_DOMESTIC_WEIGHTS)]
                : SampleCatalog.CONTACT_OVERSEAS[Draw.weighted(r, SampleCatalog.CONTACT_OVERSEAS_WEIGHTS)];
        answeredSurvey = r.nextDouble() < 0.72;

        // lifecycle: most signed up before the window, about a third during it (more of them lately)
        int days = calendar.days;
        LocalDate signup;
        if (r.nextDouble() < 0.64) {
            long span = java.time.temporal.ChronoUnit.DAYS.between(FIRST_SIGNUP, calendar.first);
            signup = FIRST_SIGNUP.plusDays((long) (r.nextDouble() * span));
        } else {
            signup = calendar.date((int) (Math.pow(r.nextDouble(), 0.75) * days));
        }
        signupDate = signup;
        activeFrom = Math.max(0, calendar.index(signup));
        int end = days;
        if (r.nextDouble() < persona.lapseProbability && activeFrom + 45 < days) {
            end = activeFrom + 45 + r.nextInt(days - activeFrom - 45);
        }
        activeTo = end;
        oneOffDay = persona == Persona.ONE_TIME
                ? calendar.sampleDay(r, activeFrom, Math.min(days, activeFrom + 150)) : -1;
        rate = persona.medianRate == 0 ? 0 : Draw.logNormal(r, Math.log(persona.medianRate), 0.4);

        double incomeFactor = Math.pow(income / medianIncome, 0.35);
        double valuesFactor = switch (values) {
            case "Brand" -> 1.3;
            case "Price" -> 0.8;
            default -> 1.05;
        };
        spend = Draw.logNormal(r, 0, 0.5) * incomeFactor * valuesFactor * persona.spendFactor;

        homeStore = homeStore(r, cityIndex);
        channelWeights = channels(r, city.domestic(), homeStore >= 0 && SampleCatalog.STORES[homeStore].city() == cityIndex,
                homeStore >= 0);
        double[] dayparts = {0.18, 0.34, 0.38, 0.10};
        boolean nightOwl = r.nextDouble() < 0.1;
        for (int i = 0; i < 4; i++) {
            dayparts[i] *= Draw.logNormal(r, 0, 0.5);
        }
        if (nightOwl) {
            dayparts[3] *= 4;
        }
        daypartWeights = dayparts;

        favouriteCategory = favouriteCategory(r, interest);
        favouriteBrand = r.nextInt(SampleCatalog.CATEGORIES[favouriteCategory].brands().length);
        brandLoyalty = 0.2 + 0.7 * r.nextDouble();
    }

    private static final double[] CITY_WEIGHTS = cityWeights();

    private static double[] cityWeights() {
        // about 72 % domestic, 28 % overseas
        double domestic = 0;
        double overseas = 0;
        for (City c : SampleCatalog.CITIES) {
            if (c.domestic()) {
                domestic += c.weight();
            } else {
                overseas += c.weight();
            }
        }
        double[] w = new double[SampleCatalog.CITIES.length];
        for (int i = 0; i < w.length; i++) {
            City c = SampleCatalog.CITIES[i];
            w[i] = c.domestic() ? 0.72 * c.weight() / domestic : 0.28 * c.weight() / overseas;
        }
        return w;
    }

    private static String occupation(Random r, int age) {
        if (age < 23 && r.nextDouble() < 0.7) {
            return "Student";
        }
        if (age >= 60 && r.nextDouble() < 0.7) {
            return "Retired";
        }
        return Draw.pick(r, SampleCatalog.OCCUPATIONS);
    }

    private static String familyStatus(Random r, int age) {
        String[] statuses = {"Single", "Married", "Married with Children", "Divorced", "Widowed"};
        double[] w;
        if (age < 26) {
            w = new double[] {0.8, 0.14, 0.06, 0, 0};
        } else if (age < 36) {
            w = new double[] {0.38, 0.25, 0.34, 0.03, 0};
        } else if (age < 56) {
            w = new double[] {0.1, 0.18, 0.62, 0.08, 0.02};
        } else {
            w = new double[] {0.06, 0.36, 0.42, 0.08, 0.08};
        }
        return statuses[Draw.weighted(r, w)];
    }

    private static int homeStore(Random r, int cityIndex) {
        int count = 0;
        for (SampleCatalog.Store s : SampleCatalog.STORES) {
            if (s.city() == cityIndex) {
                count++;
            }
        }
        if (count > 0) {
            int pick = r.nextInt(count);
            for (int i = 0; i < SampleCatalog.STORES.length; i++) {
                if (SampleCatalog.STORES[i].city() == cityIndex && pick-- == 0) {
                    return i;
                }
            }
        }
        // no store in town: some visit one when they travel
        return SampleCatalog.CITIES[cityIndex].domestic() && r.nextDouble() < 0.3 ? r.nextInt(10) : -1;
    }

    /** online / mobile / in-store weights: single-channel shoppers and omni-channel ones. */
    private static double[] channels(Random r, boolean domestic, boolean localStore, boolean visitsStore) {
        double kind = r.nextDouble();
        double[] w;
        if (domestic) {
            if (kind < 0.2) {
                w = new double[] {1, 0, 0};
            } else if (kind < 0.5) {
                w = new double[] {0, 1, 0};
            } else if (kind < 0.68 && localStore) {
                w = new double[] {0, 0, 1};
            } else {
                w = new double[] {0.2 + r.nextDouble(), 0.3 + r.nextDouble(), localStore ? 0.3 + r.nextDouble() : 0};
            }
        } else if (kind < 0.45) {
            w = new double[] {1, 0, 0};
        } else if (kind < 0.8) {
            w = new double[] {0, 1, 0};
        } else {
            w = new double[] {0.3 + r.nextDouble(), 0.3 + r.nextDouble(), localStore ? 0.2 + r.nextDouble() : 0};
        }
        if (w[2] == 0 && visitsStore && w[0] > 0 && w[1] > 0) {
            w[2] = 0.08; // an occasional store visit while travelling
        }
        return w;
    }

    private static int favouriteCategory(Random r, String interest) {
        if (r.nextDouble() < 0.6) {
            for (int i = 0; i < SampleCatalog.CATEGORIES.length; i++) {
                if (SampleCatalog.CATEGORIES[i].interest().equals(interest)) {
                    return i;
                }
            }
        }
        return Draw.weighted(r, CATEGORY_POPULARITY);
    }

    static final double[] CATEGORY_POPULARITY = categoryPopularity();

    private static double[] categoryPopularity() {
        double[] w = new double[SampleCatalog.CATEGORIES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = SampleCatalog.CATEGORIES[i].popularity();
        }
        return w;
    }

    /** Name, e-mail and phone: drawn from their own stream, needed only for the customers sheet. */
    String[] personal(long seed) {
        Random r = Draw.stream(seed, index + 1L, 1);
        boolean chineseName = city.domestic() || r.nextDouble() < 0.3;
        String name;
        String handle;
        if (chineseName) {
            int s = r.nextInt(SampleCatalog.SURNAMES_ZH.length);
            name = SampleCatalog.SURNAMES_ZH[s] + Draw.pick(r, SampleCatalog.GIVEN_ZH);
            handle = SampleCatalog.SURNAMES_PINYIN[s] + Draw.between(r, 10, 9999);
        } else {
            String first = Draw.pick(r, SampleCatalog.FIRST_NAMES);
            String last = Draw.pick(r, SampleCatalog.LAST_NAMES);
            name = first + " " + last;
            handle = (first.replaceAll("[^A-Za-z]", "") + "." + last).toLowerCase(java.util.Locale.ROOT)
                    + Draw.between(r, 1, 99);
        }
        String email = r.nextDouble() < 0.15 ? null : handle + "@" + Draw.pick(r, SampleCatalog.EMAIL_DOMAINS);
        String phone;
        if (r.nextDouble() < 0.08) {
            phone = null;
        } else if (city.domestic()) {
            phone = "1" + "35789".charAt(r.nextInt(5)) + String.format("%09d", r.nextInt(1_000_000_000));
        } else {
            phone = city.phonePrefix() + " " + String.format("%04d %04d", r.nextInt(10000), r.nextInt(10000));
        }
        return new String[] {name, email, phone};
    }

    String tierLabel() {
        return city.domestic() ? "Tier " + city.tier() : null;
    }

    /** A survey answer, or null when the customer did not answer (or skipped this question). */
    String survey(String answer, Random r) {
        return answeredSurvey && r.nextDouble() >= 0.03 ? answer : null;
    }
}
