package com.stratum.workspace;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.stratum.workspace.DataType.BOOLEAN;
import static com.stratum.workspace.DataType.DATE;
import static com.stratum.workspace.DataType.DECIMAL;
import static com.stratum.workspace.DataType.INTEGER;
import static com.stratum.workspace.DataType.TEXT;
import static com.stratum.workspace.DataType.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chunk encoder against bytes worked out by hand from the layout documented in {@link ChunkFormat}
 * (so the format is pinned by its description, not by the code's own round trip), then round trips
 * of awkward values through {@link DecodedChunk}.
 */
class ChunkEncoderTest {

    static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    /**
     * The 2-row, 2-column chunk also decoded in {@link DecodedChunkTest}: (TEXT, INTEGER), sheet row 2
     * ("ab", -3), sheet row 5 (null, 300).
     */
    static final byte[] TWO_BY_TWO = bytes(
            0x53, 0x43, 0x01,       // 'S' 'C' version 1
            0x02, 0x02,             // 2 rows, 2 columns
            0x00, 0x01,             // type ordinals: TEXT 0, INTEGER 1
            0x02, 0x07, 0x04,       // section lengths: source rows 2, TEXT 7, INTEGER 4
            0x04, 0x06,             // source rows: zigzag(2) = 4, then zigzag(5 - 2 = 3) = 6
            0x01, 0x02,             // TEXT: has nulls, bitmap 0b10 (row 1 null)
            0x01, 0x02, 0x61, 0x62, //   dictionary of 1: "ab" (length 2, 'a' 'b')
            0x00,                   //   row 0 -> entry 0 (row 1 is null: no index)
            0x00,                   // INTEGER: no nulls
            0x05,                   //   zigzag(-3) = 2*3 - 1 = 5
            0xD8, 0x04);            //   zigzag(300) = 600 = 0b100_1011000 -> 0x58|0x80, 0x04

    @Test
    void twoRowsTwoColumnsEncodeToTheBytesOfTheDocumentedLayout() {
        ChunkEncoder e = new ChunkEncoder(List.of(TEXT, INTEGER));
        e.add(2, new Object[] {"ab", -3L}, 0);
        e.add(5, new Object[] {null, 300L}, 0);
        assertThat(e.rows()).isEqualTo(2);
        assertThat(e.finish()).containsExactly(TWO_BY_TWO);
        assertThat(e.rows()).isZero();
    }

    @Test
    void everyTypeEncodesToHandComputedBytes() {
        ChunkEncoder e = new ChunkEncoder(List.of(DECIMAL, DATE, TIMESTAMP, BOOLEAN, TEXT));
        // values start at offset 1 of the array, as the importer's batches hold several rows in one array
        e.add(10, new Object[] {"ignored", new BigDecimal("12.5"), LocalDate.of(1970, 1, 2),
                LocalDateTime.of(1970, 1, 1, 0, 0, 1), true, "x"}, 1);
        e.add(11, new Object[] {new BigDecimal("-0.01"), LocalDate.of(1969, 12, 31),
                LocalDateTime.of(1970, 1, 1, 0, 0, 0, 500_000_000), false, "中"}, 0);
        e.add(13, new Object[] {new BigDecimal("9223372036854775808"), null,
                LocalDateTime.of(1969, 12, 31, 23, 59, 59), null, "x"}, 0);
        byte[] expected = bytes(
                0x53, 0x43, 0x01, 0x03, 0x05,       // magic, version, 3 rows, 5 columns
                0x02, 0x03, 0x04, 0x05, 0x00,       // DECIMAL 2, DATE 3, TIMESTAMP 4, BOOLEAN 5, TEXT 0
                0x03, 0x11, 0x04, 0x0D, 0x04, 0x0B, // lengths 3, 17, 4, 13, 4, 11
                0x14, 0x02, 0x04,                   // source rows 10 (zigzag 20), +1 (2), +2 (4)
                // DECIMAL, no nulls:
                0x00,
                0x02, 0xFA, 0x01,                   // 12.5: scale 1 << 1 = 2; zigzag(125) = 250 = 0x7A|0x80, 0x01
                0x04, 0x01,                         // -0.01: scale 2 << 1 = 4; zigzag(-1) = 1
                0x01, 0x09,                         // 2^63 does not fit a long: scale 0 << 1 | 1, 9 bytes
                0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, // two's complement, sign byte first
                // DATE, row 2 null (bitmap 0b100): epoch day 1 -> 2, -1 -> 1
                0x01, 0x04, 0x02, 0x01,
                // TIMESTAMP, no nulls:
                0x00,
                0x00, 0x02,                         // day 0, second 1 << 1 = 2
                0x00, 0x81, 0x94, 0xEB, 0xDC, 0x03, // day 0, nano-of-day 500,000,000 << 1 | 1 = 1,000,000,001
                                                    //   = 0x3B9ACA01 in 7-bit groups 01 14 6B 5C 03
                0x01, 0xFE, 0xC5, 0x0A,             // day -1 -> 1, second 86399 << 1 = 172798 = groups 7E 45 0A
                // BOOLEAN, row 2 null: true, false
                0x01, 0x04, 0x01, 0x00,
                // TEXT, no nulls: dictionary "x", "中" (E4 B8 AD in UTF-8), indexes 0 1 0
                0x00, 0x02, 0x01, 0x78, 0x03, 0xE4, 0xB8, 0xAD, 0x00, 0x01, 0x00);
        assertThat(e.finish()).containsExactly(expected);
    }

    @Test
    void typeBytesAreTheEnumOrdinalsTheStoredChunksRelyOn() {
        // reordering DataType would make every stored chunk unreadable
        assertThat(DataType.values()).containsExactly(TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN);
    }

    @Test
    void anEmptyChunkHasOnlyItsHeader() {
        ChunkEncoder e = new ChunkEncoder(List.of(INTEGER));
        // 0 rows, 1 column of type 1; source-row section 0 bytes, the column's section only its null flag
        assertThat(e.finish()).containsExactly(bytes(0x53, 0x43, 0x01, 0x00, 0x01, 0x01, 0x00, 0x01, 0x00));
    }

    // ---- round trips ----

    /** Encodes {@code rows} (sheet rows 1, 2, ...) and decodes all columns back. */
    static DecodedChunk roundTrip(List<DataType> types, List<Object[]> rows) {
        ChunkEncoder e = new ChunkEncoder(types);
        for (int r = 0; r < rows.size(); r++) {
            e.add(r + 1, rows.get(r), 0);
        }
        return DecodedChunk.decode(e.finish(), types, all(types.size()));
    }

    static int[] all(int n) {
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = i;
        }
        return w;
    }

    /** A decoded value as the encoder took it (DATE's epoch day as a LocalDate). */
    static Object value(DecodedChunk c, int column, int row) {
        if (c.isNull(column, row)) {
            return null;
        }
        Object a = c.values[column];
        return switch (c.types[column]) {
            case TEXT -> ((String[]) a)[row];
            case INTEGER -> ((long[]) a)[row];
            case DECIMAL -> ((BigDecimal[]) a)[row];
            case DATE -> LocalDate.ofEpochDay(((long[]) a)[row]);
            case TIMESTAMP -> ((LocalDateTime[]) a)[row];
            case BOOLEAN -> ((boolean[]) a)[row];
        };
    }

    static List<Object> column(DecodedChunk c, int column) {
        List<Object> out = new ArrayList<>();
        for (int r = 0; r < c.rows; r++) {
            out.add(value(c, column, r));
        }
        return out;
    }

    /** One non-null sample per type. */
    static Object sample(DataType t, int i) {
        return switch (t) {
            case TEXT -> "t" + i;
            case INTEGER -> (long) i - 5;
            case DECIMAL -> BigDecimal.valueOf(i * 25L - 100, 2).stripTrailingZeros(); // -1, -0.75 .. 1.25
            case DATE -> LocalDate.of(2024, 1, 1).plusDays(i);
            case TIMESTAMP -> LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i * 61L);
            case BOOLEAN -> i % 3 == 0;
        };
    }

    @Test
    void nullsInEveryTypeAtTheFirstLastAllAndAcrossTheBitmapByte() {
        // 10 rows need a 2-byte bitmap: rows 0-7 in byte 0, rows 8-9 in byte 1
        List<Set<Integer>> patterns = List.of(Set.of(0), Set.of(9), Set.of(7), Set.of(8), Set.of(7, 8),
                Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Set.of());
        for (DataType t : DataType.values()) {
            for (Set<Integer> nullRows : patterns) {
                // the column under test between two columns without nulls, so a misaligned section shows
                List<DataType> types = List.of(INTEGER, t, TEXT);
                List<Object[]> rows = new ArrayList<>();
                for (int r = 0; r < 10; r++) {
                    rows.add(new Object[] {(long) r, nullRows.contains(r) ? null : sample(t, r), "r" + r});
                }
                DecodedChunk c = roundTrip(types, rows);
                for (int r = 0; r < 10; r++) {
                    String where = t + " nulls " + nullRows + " row " + r;
                    assertThat(c.isNull(1, r)).as(where).isEqualTo(nullRows.contains(r));
                    assertThat(value(c, 1, r)).as(where).isEqualTo(rows.get(r)[1]);
                    assertThat(value(c, 0, r)).as(where).isEqualTo((long) r);
                    assertThat(value(c, 2, r)).as(where).isEqualTo("r" + r);
                }
                assertThat(c.nulls[0]).as("a column without nulls has no flags").isNull();
                if (nullRows.isEmpty()) {
                    assertThat(c.nulls[1]).isNull();
                }
            }
        }
    }

    @Test
    void aLongChunkGrowsItsNullBitmapAndTheNextChunkStartsWithoutTheFormerNulls() {
        ChunkEncoder e = new ChunkEncoder(List.of(TEXT, DECIMAL));
        // 3,000 rows (the bitmap starts at 128 bytes = 1,024 rows): every 7th row null
        for (int r = 0; r < 3000; r++) {
            e.add(r, new Object[] {r % 7 == 0 ? null : "v" + (r % 5), r % 7 == 0 ? null : BigDecimal.valueOf(r)}, 0);
        }
        DecodedChunk first = DecodedChunk.decode(e.finish(), List.of(TEXT, DECIMAL), new int[] {0, 1});
        assertThat(first.rows).isEqualTo(3000);
        for (int r = 0; r < 3000; r++) {
            assertThat(first.isNull(0, r)).isEqualTo(r % 7 == 0);
            assertThat(value(first, 0, r)).isEqualTo(r % 7 == 0 ? null : "v" + (r % 5));
            assertThat(value(first, 1, r)).isEqualTo(r % 7 == 0 ? null : BigDecimal.valueOf(r));
            assertThat(first.sourceRows[r]).isEqualTo(r);
        }
        // same encoder: no nulls, a new dictionary ("w" is entry 0 now), source rows start afresh
        e.add(5000, new Object[] {"w", BigDecimal.ONE}, 0);
        e.add(5001, new Object[] {"v1", BigDecimal.TEN}, 0);
        DecodedChunk second = DecodedChunk.decode(e.finish(), List.of(TEXT, DECIMAL), new int[] {0, 1});
        assertThat(second.nulls[0]).isNull();
        assertThat(second.nulls[1]).isNull();
        assertThat(column(second, 0)).containsExactly("w", "v1");
        assertThat(((String[]) second.values[0])).containsExactly("w", "v1");
        assertThat(second.sourceRows).containsExactly(5000, 5001);
    }

    @Test
    void textKeepsChineseEmojiAndTheEmptyStringApartFromNull() {
        List<Object[]> rows = List.of(new Object[] {"上海客户"}, new Object[] {"👍🏽 ok"}, new Object[] {""},
                new Object[] {null}, new Object[] {"上海客户"}, new Object[] {""}, new Object[] {"𠀀"});
        DecodedChunk c = roundTrip(List.of(TEXT), rows);
        assertThat(column(c, 0)).containsExactly("上海客户", "👍🏽 ok", "", null, "上海客户", "", "𠀀");
        assertThat(c.isNull(0, 2)).isFalse();
        assertThat(c.isNull(0, 3)).isTrue();
    }

    @Test
    void repeatedTextIsStoredOnceInTheDictionary() {
        ChunkEncoder e = new ChunkEncoder(List.of(TEXT));
        for (int r = 0; r < 1000; r++) {
            e.add(r, new Object[] {r % 2 == 0 ? "北京" : "Shanghai"}, 0);
        }
        byte[] chunk = e.finish();
        // header: magic and version 3, rows (1000 = 2 varint bytes) 2, columns 1, type 1 = 7;
        // lengths: source rows (zigzag 0, then 999 times zigzag 1 = 2: 1000 one-byte varints) 1000 -> 2 bytes,
        // column 1018 -> 2 bytes; column: flag 1, dictionary size 1, "北京" 1 + 6, "Shanghai" 1 + 8,
        // 1000 one-byte indexes = 1018
        assertThat(chunk).hasSize(7 + 4 + 1000 + 1018);
        DecodedChunk c = DecodedChunk.decode(chunk, List.of(TEXT), new int[] {0});
        assertThat(value(c, 0, 998)).isEqualTo("北京");
        assertThat(value(c, 0, 999)).isEqualTo("Shanghai");
    }

    @Test
    void integersAtTheEdgesOfLongAndOfTheVarintGroups() {
        long[] v = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, -64, 63, -65, 64, Integer.MIN_VALUE, 1L << 62};
        List<Object[]> rows = new ArrayList<>();
        for (long x : v) {
            rows.add(new Object[] {x});
        }
        DecodedChunk c = roundTrip(List.of(INTEGER), rows);
        assertThat((long[]) c.values[0]).containsExactly(v);
    }

    @Test
    void zigZagPutsSmallNegativeValuesInOneByte() {
        // zigzag(-64) = 127 fits 7 bits; zigzag(-65) = 129 needs two bytes (0x81 0x01)
        ChunkEncoder e = new ChunkEncoder(List.of(INTEGER));
        e.add(0, new Object[] {-64L}, 0);
        e.add(1, new Object[] {-65L}, 0);
        byte[] chunk = e.finish();
        assertThat(Arrays.copyOfRange(chunk, chunk.length - 3, chunk.length)).containsExactly(bytes(0x7F, 0x81, 0x01));
        // Long.MIN_VALUE: zigzag = 2^64 - 1, ten bytes FF x 9 then 01
        e.add(0, new Object[] {Long.MIN_VALUE}, 0);
        chunk = e.finish();
        assertThat(Arrays.copyOfRange(chunk, chunk.length - 10, chunk.length))
                .containsExactly(bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01));
    }

    @Test
    void decimalsAreRoundedHalfUpToTenPlacesAndKeepTheirExactValue() {
        String[][] cases = {
                // input, stored value (worked out by hand)
                {"0.12345678905", "0.1234567891"},   // 11th place 5 rounds up
                {"0.12345678904", "0.123456789"},    // rounds down; trailing zero dropped
                {"-0.12345678905", "-0.1234567891"}, // half-up is away from zero
                {"1.00000000001", "1"},
                {"0.00000000004", "0"},
                {"1E+3", "1000"},                    // negative scale stored as scale 0
                {"-2.5E+2", "-250"},
                {"123456789012345678901234567890.5", "123456789012345678901234567890.5"}, // > 2^63 unscaled
                {"-123456789012345678901234567890.5", "-123456789012345678901234567890.5"},
                {"-9223372036854775808", "-9223372036854775808"}, // Long.MIN_VALUE: 63 bits + sign
                {"9223372036854775807", "9223372036854775807"},
                {"-0.01", "-0.01"},
                {"0.0000000001", "0.0000000001"},
                {"0", "0"},
        };
        List<Object[]> rows = new ArrayList<>();
        for (String[] c : cases) {
            rows.add(new Object[] {new BigDecimal(c[0])});
        }
        DecodedChunk c = roundTrip(List.of(DECIMAL), rows);
        for (int r = 0; r < cases.length; r++) {
            BigDecimal got = (BigDecimal) value(c, 0, r);
            assertThat(got.toPlainString()).as(cases[r][0]).isEqualTo(cases[r][1]);
            assertThat(got).as(cases[r][0]).isEqualByComparingTo(cases[r][1]);
        }
    }

    @Test
    void decimalsComeBackWithoutTrailingZeros() {
        // DatasetRows promises "BigDecimal (without trailing zeros)" and text() "17850, never 17850.0";
        // the importer hands over text cells as parsed ("1.50" has scale 2)
        List<Object[]> rows = List.of(new Object[] {new BigDecimal("1.50")}, new Object[] {new BigDecimal("17850.0")},
                new Object[] {new BigDecimal("0.000")}, new Object[] {new BigDecimal("-100.0000000000")},
                new Object[] {new BigDecimal("123456789012345678901234567890.5000")});
        DecodedChunk c = roundTrip(List.of(DECIMAL), rows);
        List<String> plain = new ArrayList<>();
        for (Object v : column(c, 0)) {
            plain.add(((BigDecimal) v).toPlainString());
        }
        assertThat(plain).containsExactly("1.5", "17850", "0", "-100", "123456789012345678901234567890.5");
    }

    @Test
    void datesAndTimestampsFromYearOneToYear9999() {
        List<Object[]> rows = List.of(
                new Object[] {LocalDate.of(1, 1, 1), LocalDateTime.of(1, 1, 1, 0, 0)},
                new Object[] {LocalDate.of(9999, 12, 31), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999)},
                new Object[] {LocalDate.of(1970, 1, 1), LocalDateTime.of(2024, 1, 31, 10, 15)},          // zero nanos
                new Object[] {LocalDate.of(1969, 12, 31), LocalDateTime.of(2024, 1, 31, 10, 15, 0, 123_000_000)},
                new Object[] {LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 1, 31, 10, 15, 0, 123_456_789)},
                new Object[] {null, LocalDateTime.of(1900, 2, 28, 23, 59, 59, 1)});
        DecodedChunk c = roundTrip(List.of(DATE, TIMESTAMP), rows);
        for (int r = 0; r < rows.size(); r++) {
            assertThat(value(c, 0, r)).isEqualTo(rows.get(r)[0]);
            assertThat(value(c, 1, r)).isEqualTo(rows.get(r)[1]);
        }
        // epoch days by hand: 0001-01-01 is 719,162 days before 1970-01-01, 9999-12-31 is 2,932,896 after
        assertThat(((long[]) c.values[0])[0]).isEqualTo(-719_162);
        assertThat(((long[]) c.values[0])[1]).isEqualTo(2_932_896);
    }

    @Test
    void booleans() {
        DecodedChunk c = roundTrip(List.of(BOOLEAN),
                List.of(new Object[] {true}, new Object[] {false}, new Object[] {null}, new Object[] {true}));
        assertThat(column(c, 0)).containsExactly(true, false, null, true);
    }

    @Test
    void sourceRowsAscendWithGaps() {
        ChunkEncoder e = new ChunkEncoder(List.of(INTEGER));
        long[] src = {2, 3, 7, 100_000, 100_001, 5_000_000_000L};
        for (long s : src) {
            e.add(s, new Object[] {s}, 0);
        }
        DecodedChunk c = DecodedChunk.decode(e.finish(), List.of(INTEGER), new int[] {0});
        assertThat(c.sourceRows).containsExactly(src);
    }

    /** Rows stay in the order added, source rows going back or repeating included: 5, 5, 4, 6 are deltas 5, 0, -1, +2. */
    @Test
    void sourceRowsThatGoBackOrRepeatKeepTheirOrder() {
        ChunkEncoder e = new ChunkEncoder(List.of(INTEGER));
        e.add(5, new Object[] {1L}, 0);
        e.add(5, new Object[] {2L}, 0);
        e.add(4, new Object[] {3L}, 0);
        e.add(6, new Object[] {4L}, 0);
        byte[] chunk = e.finish();
        DecodedChunk c = DecodedChunk.decode(chunk, List.of(INTEGER), new int[] {0});
        assertThat(c.sourceRows).containsExactly(5, 5, 4, 6);
        assertThat((long[]) c.values[0]).containsExactly(1, 2, 3, 4);
        // header 'S' 'C' 1, rows 4, columns 1, type INTEGER = 1; then section lengths: source rows 4 bytes,
        // the column 5 bytes (flag 0 + four one-byte values); source rows zig-zag: 5 -> 10, 0 -> 0, -1 -> 1, 2 -> 4
        assertThat(chunk).containsExactly('S', 'C', 1, 4, 1, 1, 4, 5, 10, 0, 1, 4, 0, 2, 4, 6, 8);
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        Object[][] wrong = {
                {TEXT, 5L}, {INTEGER, "5"}, {INTEGER, new BigDecimal("2.5")}, {INTEGER, 2.5d},
                {DECIMAL, 5L}, {DATE, LocalDateTime.of(2024, 1, 1, 0, 0)}, {TIMESTAMP, LocalDate.of(2024, 1, 1)},
                {BOOLEAN, "TRUE"},
        };
        for (Object[] w : wrong) {
            ChunkEncoder e = new ChunkEncoder(List.of((DataType) w[0]));
            assertThatThrownBy(() -> e.add(1, new Object[] {w[1]}, 0)).as(w[0] + " <- " + w[1])
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(w[0].toString());
        }
    }

    @Test
    void aRefusedRowLeavesNothingBehindInTheChunk() {
        List<DataType> types = List.of(TEXT, INTEGER, DATE, BOOLEAN);
        ChunkEncoder e = new ChunkEncoder(types);
        e.add(1, new Object[] {"a", 1L, LocalDate.of(2024, 1, 1), true}, 0);
        // the third value is wrong: the first two (one a new dictionary entry, one a null) were already taken
        assertThatThrownBy(() -> e.add(2, new Object[] {"b", null, "2024-01-02", false}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.rows()).isEqualTo(1);
        e.add(2, new Object[] {"c", 3L, null, false}, 0);
        byte[] chunk = e.finish();
        // byte for byte the chunk of the two good rows alone ("b" not left in the dictionary either)
        ChunkEncoder fresh = new ChunkEncoder(types);
        fresh.add(1, new Object[] {"a", 1L, LocalDate.of(2024, 1, 1), true}, 0);
        fresh.add(2, new Object[] {"c", 3L, null, false}, 0);
        assertThat(chunk).containsExactly(fresh.finish());
        DecodedChunk c = DecodedChunk.decode(chunk, types, all(4));
        assertThat(c.rows).isEqualTo(2);
        assertThat(c.sourceRows).containsExactly(1, 2);
        assertThat(column(c, 0)).containsExactly("a", "c");
        assertThat(column(c, 1)).containsExactly(1L, 3L);
        assertThat(column(c, 2)).containsExactly(LocalDate.of(2024, 1, 1), null);
        assertThat(column(c, 3)).containsExactly(true, false);
    }

    @Test
    void bufferedBytesGrowWithTheValues() {
        ChunkEncoder e = new ChunkEncoder(List.of(TEXT, INTEGER));
        assertThat(e.bufferedBytes()).isZero();
        e.add(1, new Object[] {"abc", 300L}, 0);
        // source row 1 byte; dictionary "abc" 1 + 3 and index 1; 300 -> zigzag 600, 2 bytes
        assertThat(e.bufferedBytes()).isEqualTo(1 + 4 + 1 + 2);
        e.finish();
        assertThat(e.bufferedBytes()).isZero();
    }
}
