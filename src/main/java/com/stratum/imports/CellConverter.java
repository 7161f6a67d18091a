package com.stratum.imports;

import com.stratum.workspace.DataType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;

/**
 * Converts one raw cell to its column's type: String (TEXT), Long (INTEGER), BigDecimal (DECIMAL,
 * at most 10 decimals), LocalDate (DATE), LocalDateTime (TIMESTAMP) or Boolean. A cell that does
 * not fit yields {@link #REJECTED} and {@link #reason()} says why. Not thread-safe; one per reader.
 */
final class CellConverter {

    static final Object REJECTED = new Object();

    private final DateText.Parts parts = new DateText.Parts();
    private final boolean date1904;
    private String reason;

    CellConverter(boolean date1904) {
        this.date1904 = date1904;
    }

    String reason() {
        return reason;
    }

    Object convert(Object raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof CellError) {
            return reject("error value " + ((CellError) raw).code());
        }
        switch (type.dataType()) {
            case TEXT:
                return toText(raw);
            case INTEGER:
                return toInteger(raw, type.numberStyle());
            case DECIMAL:
                return toDecimal(raw, type.numberStyle());
            case DATE: {
                Object v = toDateTime(raw, type);
                return v instanceof LocalDateTime ? ((LocalDateTime) v).toLocalDate() : v;
            }
            case TIMESTAMP:
                return toMicros(toDateTime(raw, type));
            case BOOLEAN:
                return toBoolean(raw);
            default:
                throw new IllegalStateException(type.dataType().name());
        }
    }

    /**
     * Microseconds, rounded half-up: what the SQL column {@code TIMESTAMP} (precision 6) stored before
     * schema 3, so an import gives the values (and the day a line counts on) it gave then and that a
     * converted workspace holds. Text may carry up to 9 decimals of a second (.NET writes 7).
     */
    static Object toMicros(Object v) {
        if (!(v instanceof LocalDateTime t) || t.getNano() % 1_000 == 0) {
            return v;
        }
        int below = t.getNano() % 1_000;
        return t.plusNanos(below >= 500 ? 1_000 - below : -below);
    }

    private Object reject(String why) {
        reason = why;
        return REJECTED;
    }

    /** Numbers as people wrote them: 17850 not 17850.0, and no exponent. */
    static String toText(Object raw) {
        if (raw instanceof String) {
            return (String) raw;
        }
        if (raw instanceof BigDecimal) {
            BigDecimal n = (BigDecimal) raw;
            if (n.scale() == 0) {
                return n.toPlainString();
            }
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        if (raw instanceof LocalDateTime) {
            LocalDateTime d = (LocalDateTime) raw;
            return d.toLocalTime().equals(LocalTime.MIDNIGHT) ? d.toLocalDate().toString() : d.toString().replace('T', ' ');
        }
        return raw.toString();
    }

    private BigDecimal number(Object raw, NumberStyle style) {
        if (raw instanceof BigDecimal) {
            return (BigDecimal) raw;
        }
        if (raw instanceof String) {
            return NumberText.parse((String) raw, style);
        }
        return null;
    }

    /**
     * {@code "1,234.50" is not a number}; in a comma-decimal column it also says how the column writes
     * numbers, since the same text would be read in a point-decimal (English) column.
     */
    private Object notANumber(Object raw, NumberStyle style) {
        if (style == NumberStyle.COMMA_DECIMAL) {
            return reject(quote(raw) + " is not a number in this column's format (decimal comma, as in 1.234,50)");
        }
        return reject(quote(raw) + " is not a number");
    }

    private Object toInteger(Object raw, NumberStyle style) {
        BigDecimal n = number(raw, style);
        if (n == null) {
            return notANumber(raw, style);
        }
        if (!ColumnProfile.isWhole(n)) {
            return reject(quote(raw) + " is not a whole number");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return reject(quote(raw) + " is too large");
        }
    }

    private Object toDecimal(Object raw, NumberStyle style) {
        BigDecimal n = number(raw, style);
        if (n == null) {
            return notANumber(raw, style);
        }
        if (n.scale() > DataType.DECIMAL_SCALE) {
            n = n.setScale(DataType.DECIMAL_SCALE, RoundingMode.HALF_UP);
        }
        if (n.precision() - n.scale() > 38 - DataType.DECIMAL_SCALE) {
            return reject(quote(raw) + " is too large");
        }
        return n;
    }

    private Object toDateTime(Object raw, ColumnType type) {
        if (raw instanceof LocalDateTime) {
            return raw;
        }
        if (raw instanceof BigDecimal) {
            LocalDateTime compact = ExcelDates.fromCompact((BigDecimal) raw);
            if (compact != null) {
                return compact;
            }
            if (type.serialDates()) {
                LocalDateTime d = ExcelDates.fromSerial(((BigDecimal) raw).doubleValue(), date1904);
                if (d != null) {
                    return d;
                }
            }
            return reject(quote(raw) + " is not a date");
        }
        if (raw instanceof String) {
            String s = (String) raw;
            if (DateText.scan(s, parts)) {
                LocalDateTime d = DateText.toDateTime(parts, type.dateOrder());
                if (d != null) {
                    return d;
                }
            } else {
                BigDecimal n = NumberText.parse(s);
                LocalDateTime d = n == null ? null : ExcelDates.fromCompact(n);
                if (d == null && n != null && type.serialDates()) {
                    d = ExcelDates.fromSerial(n.doubleValue(), date1904);
                }
                if (d != null) {
                    return d;
                }
            }
        }
        return reject(quote(raw) + " is not a date");
    }

    private Object toBoolean(Object raw) {
        if (raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof BigDecimal) {
            int s = ((BigDecimal) raw).compareTo(BigDecimal.ONE);
            if (s == 0) {
                return Boolean.TRUE;
            }
            if (((BigDecimal) raw).signum() == 0) {
                return Boolean.FALSE;
            }
        }
        if (raw instanceof String) {
            String l = ((String) raw).strip().toLowerCase(Locale.ROOT);
            if (ColumnProfile.TRUE_WORDS.contains(l)) {
                return Boolean.TRUE;
            }
            if (ColumnProfile.FALSE_WORDS.contains(l)) {
                return Boolean.FALSE;
            }
        }
        return reject(quote(raw) + " is not yes/no");
    }

    private static String quote(Object raw) {
        String s = toText(raw);
        if (s.length() > 60) {
            s = s.substring(0, 57) + "...";
        }
        return "\"" + s + "\"";
    }
}
