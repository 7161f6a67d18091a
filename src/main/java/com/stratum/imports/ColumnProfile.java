package com.stratum.imports;

import com.stratum.workspace.ColumnRole;
import com.stratum.workspace.DataType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;

/**
 * What the sample rows of one column look like, and the type chosen from it. The type is then
 * confirmed cell by cell over the whole column: a cell that does not fit rejects its row.
 */
final class ColumnProfile {

    /** Roles whose values are names or codes, whatever they look like (phone numbers, store 101, ids). */
    private static final Set<ColumnRole> TEXT_ROLES = Set.of(ColumnRole.CUSTOMER_ID, ColumnRole.ORDER_ID,
            ColumnRole.CHANNEL, ColumnRole.STORE, ColumnRole.CATEGORY, ColumnRole.BRAND, ColumnRole.PRODUCT,
            ColumnRole.COUNTRY, ColumnRole.REGION, ColumnRole.CITY, ColumnRole.CITY_TIER, ColumnRole.GENDER,
            ColumnRole.OCCUPATION, ColumnRole.EDUCATION, ColumnRole.FAMILY_STATUS, ColumnRole.VALUES,
            ColumnRole.INTERESTS, ColumnRole.LIFESTYLE, ColumnRole.MOTIVE, ColumnRole.PREFERRED_CONTACT,
            ColumnRole.NAME, ColumnRole.EMAIL, ColumnRole.PHONE, ColumnRole.ADDRESS);
    private static final Set<ColumnRole> MONEY_ROLES = Set.of(ColumnRole.AMOUNT, ColumnRole.UNIT_PRICE,
            ColumnRole.DISCOUNT, ColumnRole.INCOME);
    private static final Set<ColumnRole> COUNT_ROLES = Set.of(ColumnRole.QUANTITY, ColumnRole.AGE);
    private static final Set<ColumnRole> DATE_ROLES = Set.of(ColumnRole.DATE, ColumnRole.BIRTH_DATE,
            ColumnRole.SIGNUP_DATE);
    static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "t", "是", "真");
    static final Set<String> FALSE_WORDS = Set.of("false", "no", "n", "f", "否", "假");
    /** Share of sample cells that must parse (more than) for a money, count or date role to get that type. */
    private static final double ROLE_MAJORITY = 0.5;

    int nonEmpty;
    int errors;
    int booleans;
    int integers;
    int decimals;
    int dates;
    int dateTimes;
    int serials;
    /** Whole numbers that read as yyyymmdd dates (19970101), as some exports write dates. */
    int compactDates;
    boolean leadingZero;
    int maxFirst;
    int maxSecond;
    private final DateText.Parts parts = new DateText.Parts();
    /** How the column writes numbers as text, decided beforehand from the same sample. */
    private final NumberStyle numberStyle;

    ColumnProfile() {
        this(NumberStyle.POINT_DECIMAL);
    }

    ColumnProfile(NumberStyle numberStyle) {
        this.numberStyle = numberStyle;
    }

    void add(Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof CellError) {
            errors++;
            return;
        }
        nonEmpty++;
        if (v instanceof Boolean) {
            booleans++;
        } else if (v instanceof BigDecimal) {
            countNumber((BigDecimal) v);
        } else if (v instanceof LocalDateTime) {
            if (((LocalDateTime) v).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                dates++;
            } else {
                dateTimes++;
            }
        } else {
            String s = v.toString().strip();
            String lower = s.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(lower) || FALSE_WORDS.contains(lower)) {
                booleans++;
                return;
            }
            BigDecimal n = NumberText.parse(s, numberStyle);
            if (n != null) {
                if (NumberText.hasLeadingZero(s) && n.signum() != 0 && s.indexOf(numberStyle.decimalSeparator()) < 0) {
                    leadingZero = true;
                }
                countNumber(n);
                return;
            }
            if (DateText.scan(s, parts)) {
                if (!parts.yearFirst && !parts.dotted) {
                    maxFirst = Math.max(maxFirst, parts.a);
                    maxSecond = Math.max(maxSecond, parts.b);
                }
                if (parts.hasTime) {
                    dateTimes++;
                } else {
                    dates++;
                }
            }
        }
    }

    private void countNumber(BigDecimal n) {
        if (isWhole(n)) {
            integers++;
        } else {
            decimals++;
        }
        double d = n.doubleValue();
        if (d >= 10_000 && d < 80_000) { // 1927..2119 as Excel serials
            serials++;
        }
        if (ExcelDates.fromCompact(n) != null) {
            compactDates++;
        }
    }

    private ColumnType number(DataType t) {
        return ColumnType.of(t, numberStyle);
    }

    static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0;
    }

    DateOrder dateOrder() {
        if (maxFirst > 12) {
            return DateOrder.DAY_FIRST;
        }
        return DateOrder.MONTH_FIRST;
    }

    /** Chooses the column type; a role can require one (ids are text, money is decimal). */
    ColumnType decide(ColumnRole role) {
        DateOrder order = dateOrder();
        if (nonEmpty == 0) {
            return ColumnType.of(DataType.TEXT);
        }
        if (role != null && TEXT_ROLES.contains(role)) {
            return ColumnType.of(DataType.TEXT);
        }
        int numbers = integers + decimals;
        int allDates = dates + dateTimes;
        if (role != null && MONEY_ROLES.contains(role) && numbers > ROLE_MAJORITY * nonEmpty) {
            return number(DataType.DECIMAL);
        }
        if (role != null && COUNT_ROLES.contains(role) && numbers > ROLE_MAJORITY * nonEmpty) {
            return number(decimals == 0 ? DataType.INTEGER : DataType.DECIMAL);
        }
        if (role != null && DATE_ROLES.contains(role)) {
            if (allDates > ROLE_MAJORITY * nonEmpty && allDates > 0) {
                return new ColumnType(dateTimes > 0 ? DataType.TIMESTAMP : DataType.DATE, order, false);
            }
            if (serials == nonEmpty) {
                return new ColumnType(decimals > 0 ? DataType.TIMESTAMP : DataType.DATE, order, true);
            }
            if (compactDates == nonEmpty) {
                return new ColumnType(DataType.DATE, order, false);
            }
        }
        if (booleans == nonEmpty) {
            return ColumnType.of(DataType.BOOLEAN);
        }
        if (!leadingZero && integers == nonEmpty) {
            return number(DataType.INTEGER);
        }
        if (!leadingZero && numbers == nonEmpty) {
            return number(DataType.DECIMAL);
        }
        if (dates == nonEmpty) {
            return new ColumnType(DataType.DATE, order, false);
        }
        if (allDates == nonEmpty) {
            return new ColumnType(DataType.TIMESTAMP, order, false);
        }
        return ColumnType.of(DataType.TEXT);
    }
}
