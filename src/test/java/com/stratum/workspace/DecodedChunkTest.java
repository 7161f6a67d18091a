package com.stratum.workspace;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static com.stratum.workspace.ChunkEncoderTest.TWO_BY_TWO;
import static com.stratum.workspace.ChunkEncoderTest.bytes;
import static com.stratum.workspace.DataType.BOOLEAN;
import static com.stratum.workspace.DataType.DATE;
import static com.stratum.workspace.DataType.DECIMAL;
import static com.stratum.workspace.DataType.INTEGER;
import static com.stratum.workspace.DataType.TEXT;
import static com.stratum.workspace.DataType.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decoding chunks spelled out byte by byte from {@link ChunkFormat}'s description, and damaged chunks:
 * they must fail with {@link IllegalStateException}, never an index error, a huge allocation or a hang.
 */
class DecodedChunkTest {

    private static final List<DataType> TEXT_INT = List.of(TEXT, INTEGER);

    @Test
    void decodesTheHandWrittenTwoByTwoChunk() {
        // see ChunkEncoderTest.TWO_BY_TWO: sheet row 2 ("ab", -3), sheet row 5 (null, 300)
        DecodedChunk c = DecodedChunk.decode(TWO_BY_TWO, TEXT_INT, new int[] {0, 1});
        assertThat(c.rows).isEqualTo(2);
        assertThat(c.sourceRows).containsExactly(2, 5);
        assertThat(c.types).containsExactly(TEXT, INTEGER);
        assertThat(c.isNull(0, 0)).isFalse();
        assertThat(c.isNull(0, 1)).isTrue();
        assertThat((String[]) c.values[0]).containsExactly("ab", null);
        assertThat(c.nulls[1]).isNull();
        assertThat((long[]) c.values[1]).containsExactly(-3, 300);
    }

    @Test
    void decodesOnlyTheColumnsAskedForInTheOrderAsked() {
        DecodedChunk c = DecodedChunk.decode(TWO_BY_TWO, TEXT_INT, new int[] {1});
        assertThat(c.types).containsExactly(INTEGER);
        assertThat((long[]) c.values[0]).containsExactly(-3, 300);
        c = DecodedChunk.decode(TWO_BY_TWO, TEXT_INT, new int[] {1, 0, 1});
        assertThat(c.types).containsExactly(INTEGER, TEXT, INTEGER);
        assertThat((String[]) c.values[1]).containsExactly("ab", null);
        assertThat(c.isNull(1, 1)).isTrue();
        assertThat(c.isNull(2, 1)).isFalse();
        c = DecodedChunk.decode(TWO_BY_TWO, TEXT_INT, new int[0]);
        assertThat(c.rows).isEqualTo(2);
        assertThat(c.sourceRows).containsExactly(2, 5);
    }

    @Test
    void decodesHandWrittenDecimalDateTimestampAndBoolean() {
        byte[] chunk = bytes(
                0x53, 0x43, 0x01, 0x02, 0x04,   // 2 rows, 4 columns
                0x02, 0x03, 0x04, 0x05,         // DECIMAL, DATE, TIMESTAMP, BOOLEAN
                0x02, 0x0F, 0x05, 0x08, 0x03,   // lengths 2, 15, 5, 8, 3
                0x04, 0x02,                     // source rows: zigzag 4 = 2, then 2 + (zigzag 2 = 1) = 3
                // DECIMAL: 3.14: scale 2 -> head 4, zigzag(314) = 628 = 7-bit groups 74 04 -> F4 04;
                //          -2^63 - 1 does not fit a long: head 1, 9 bytes: 2^63 + 1 = 00 80 00 .. 01 negated
                0x00, 0x04, 0xF4, 0x04, 0x01, 0x09, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                // DATE: row 0 null (bitmap 0b01); row 1 2024-01-31 = epoch day 19753 -> zigzag 39506 = D2 B4 02
                0x01, 0x01, 0xD2, 0xB4, 0x02,
                // TIMESTAMP: row 1 null (bitmap 0b10); row 0 2024-01-31 (same day) 10:15:00 = 36,900 s
                //            -> 73,800 = 7-bit groups 48 41 04 -> C8 C0 04
                0x01, 0x02, 0xD2, 0xB4, 0x02, 0xC8, 0xC0, 0x04,
                // BOOLEAN: no nulls, false, true
                0x00, 0x00, 0x01);
        DecodedChunk c = DecodedChunk.decode(chunk, List.of(DECIMAL, DATE, TIMESTAMP, BOOLEAN), new int[] {0, 1, 2, 3});
        assertThat(c.sourceRows).containsExactly(2, 3);
        assertThat((BigDecimal[]) c.values[0]).containsExactly(new BigDecimal("3.14"),
                new BigDecimal("-9223372036854775809"));
        assertThat(c.isNull(1, 0)).isTrue();
        assertThat(((long[]) c.values[1])[1]).isEqualTo(LocalDate.of(2024, 1, 31).toEpochDay());
        assertThat(((LocalDateTime[]) c.values[2])[0]).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
        assertThat(c.isNull(2, 1)).isTrue();
        assertThat((boolean[]) c.values[3]).containsExactly(false, true);
    }

    // ---- damaged chunks ----

    private static void assertDamaged(byte[] chunk, List<DataType> types, int[] wanted, String message) {
        assertThatThrownBy(() -> DecodedChunk.decode(chunk, types, wanted))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessageContaining(message);
    }

    private static byte[] with(byte[] chunk, int at, int value) {
        byte[] b = chunk.clone();
        b[at] = (byte) value;
        return b;
    }

    @Test
    void everyTruncationFails() {
        for (int n = 0; n < TWO_BY_TWO.length; n++) {
            byte[] cut = Arrays.copyOf(TWO_BY_TWO, n);
            assertThatThrownBy(() -> DecodedChunk.decode(cut, TEXT_INT, new int[] {0, 1})).as("first " + n + " bytes")
                    .isExactlyInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aBadMagicOrAnotherVersionFails() {
        assertDamaged(with(TWO_BY_TWO, 0, 'P'), TEXT_INT, new int[] {0}, "not a dataset chunk");
        assertDamaged(with(TWO_BY_TWO, 1, 'K'), TEXT_INT, new int[] {0}, "not a dataset chunk");
        assertDamaged(with(TWO_BY_TWO, 2, 2), TEXT_INT, new int[] {0}, "chunk format 2");
        assertDamaged(with(TWO_BY_TWO, 2, 0), TEXT_INT, new int[] {0}, "chunk format 0");
    }

    @Test
    void aColumnCountOrTypeOtherThanTheDatasetsFails() {
        assertDamaged(TWO_BY_TWO, List.of(TEXT, INTEGER, DATE), new int[] {0}, "chunk has 2 columns, the dataset 3");
        assertDamaged(TWO_BY_TWO, List.of(TEXT), new int[] {0}, "chunk has 2 columns, the dataset 1");
        assertDamaged(TWO_BY_TWO, List.of(TEXT, DECIMAL), new int[] {0}, "column 2 is not of type DECIMAL");
        assertDamaged(with(TWO_BY_TWO, 5, 6), TEXT_INT, new int[] {0}, "column 1 is not of type TEXT");   // no type 6
        assertDamaged(with(TWO_BY_TWO, 5, 0xFF), TEXT_INT, new int[] {0}, "column 1 is not of type TEXT");
    }

    @Test
    void aDictionaryIndexOutOfRangeFails() {
        // the TEXT row 0 index (byte 18) 0 -> 1, with a dictionary of one entry
        assertDamaged(with(TWO_BY_TWO, 18, 1), TEXT_INT, new int[] {0}, "entry 1 of 1");
        // an index of 2^31 - 1 (5 bytes) in place of the INTEGER section's end: rebuild with the lengths adjusted
        byte[] b = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x00, 0x01, 0x09,
                0x00,                               // source row 0
                0x00, 0x01, 0x01, 0x61,             // no nulls, dictionary "a"
                0xFF, 0xFF, 0xFF, 0xFF, 0x07);      // index 2,147,483,647
        assertDamaged(b, List.of(TEXT), new int[] {0}, "entry 2147483647 of 1");
    }

    @Test
    void sectionLengthsThatDoNotAddUpFail() {
        // INTEGER section length 4 -> 5 (longer than the bytes) and 3 (shorter)
        assertDamaged(with(TWO_BY_TWO, 9, 5), TEXT_INT, new int[] {0, 1}, "add up to 24 bytes, the chunk has 23");
        assertDamaged(with(TWO_BY_TWO, 9, 3), TEXT_INT, new int[] {0, 1}, "add up to 22 bytes, the chunk has 23");
        // bytes after the last section
        byte[] longer = Arrays.copyOf(TWO_BY_TWO, TWO_BY_TWO.length + 1);
        assertDamaged(longer, TEXT_INT, new int[] {0, 1}, "the chunk has 24");
        // a source-row section of 1 byte for 2 rows, the TEXT section one byte longer: adds up, reads past
        byte[] shifted = with(with(TWO_BY_TWO, 7, 1), 8, 8);
        assertThatThrownBy(() -> DecodedChunk.decode(shifted, TEXT_INT, new int[] {0, 1}))
                .isExactlyInstanceOf(IllegalStateException.class);
    }

    @Test
    void bytesLeftOverInASectionFail() {
        // TEXT bitmap 0b10 -> 0b11 (byte 13): row 0 null too, so its index byte is never read; decoded as is,
        // a wrong null flag would shift every later value of the column up a row
        assertDamaged(with(TWO_BY_TWO, 13, 0x03), TEXT_INT, new int[] {0}, "1 bytes left over in column 1");
        // source rows: lengths 2 -> 3 and TEXT 7 -> 6 (bytes 7, 8): the row numbers take 2 of 3 bytes,
        // the TEXT section then starts a byte late and runs out
        byte[] b = with(with(TWO_BY_TWO, 7, 3), 8, 6);
        assertDamaged(b, TEXT_INT, new int[] {1}, "1 bytes left over in its row numbers");
    }

    @Test
    void sectionLengthsThatOverflowAnIntFail() {
        // 1 row, 3 INTEGER columns, sections of 2^31 - 1, 2^31 - 1 and 3 bytes: the sum 2^32 + 1 plus the
        // 21 bytes before the sections wraps (in 32 bits) to 22, the chunk's real length
        byte[] b = bytes(0x53, 0x43, 0x01, 0x01, 0x03, 0x01, 0x01, 0x01,
                0x01,                               // source-row section 1 byte
                0xFF, 0xFF, 0xFF, 0xFF, 0x07,       // 2,147,483,647
                0xFF, 0xFF, 0xFF, 0xFF, 0x07,       // 2,147,483,647
                0x03,
                0x00,                               // source row 0
                0x00);                              // one byte of a column
        assertThat(b).hasSize(22);
        List<DataType> ints = List.of(INTEGER, INTEGER, INTEGER);
        for (int w = 0; w < 3; w++) {
            assertDamaged(b, ints, new int[] {w}, "add up to");
        }
    }

    @Test
    void aRowCountTheChunkCannotHoldFailsBeforeAllocating() {
        // 2^31 - 1 rows, no columns, an empty source-row section: the lengths add up to the 10 bytes,
        // but each row takes at least one source-row byte
        byte[] b = bytes(0x53, 0x43, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x00, 0x00);
        assertDamaged(b, List.of(), new int[0], "rows");
    }

    @Test
    void aDictionarySizeTheSectionCannotHoldFailsBeforeAllocating() {
        byte[] b = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x00, 0x01, 0x07,
                0x00,                               // source row 0
                0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, // no nulls, a dictionary of 2^31 - 1 entries
                0x00);
        assertDamaged(b, List.of(TEXT), new int[] {0}, "dictionary");
    }

    @Test
    void aTextLengthPastTheEndFailsEvenWhenItOverflowsAnInt() {
        byte[] b = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x00, 0x01, 0x08,
                0x00,
                0x00, 0x01,                         // no nulls, 1 entry
                0xFF, 0xFF, 0xFF, 0xFF, 0x07,       // of 2^31 - 1 bytes: position + length overflows
                0x00);
        assertDamaged(b, List.of(TEXT), new int[] {0}, "ends early");
        b[11] = 0x06;                               // of 6 bytes (only 5 left)
        b[12] = 0x41;
        b[13] = 0x41;
        b[14] = 0x41;
        b[15] = 0x00;
        assertDamaged(b, List.of(TEXT), new int[] {0}, "ends early");
    }

    @Test
    void aBadDecimalFails() {
        // big decimal of 0 bytes (BigInteger refuses an empty array)
        byte[] empty = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x02, 0x01, 0x03, 0x00, 0x00, 0x01, 0x00);
        assertDamaged(empty, List.of(DECIMAL), new int[] {0}, "decimal");
        // big decimal length 2^31 - 1: past the end, and position + length overflows
        byte[] huge = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x02, 0x01, 0x07, 0x00,
                0x00, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x07);
        assertDamaged(huge, List.of(DECIMAL), new int[] {0}, "ends early");
        // a scale of 2^31 (head 2^32 = 80 80 80 80 10) the format never writes (at most 10 places)
        byte[] scale = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x02, 0x01, 0x07, 0x00,
                0x00, 0x80, 0x80, 0x80, 0x80, 0x10, 0x02);
        assertDamaged(scale, List.of(DECIMAL), new int[] {0}, "scale");
        // scale 11 (head 22): one more than DECIMAL_SCALE
        byte[] eleven = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x02, 0x01, 0x03, 0x00, 0x00, 0x16, 0x02);
        assertDamaged(eleven, List.of(DECIMAL), new int[] {0}, "scale");
    }

    @Test
    void aDateOrTimeOutsideTheCalendarFails() {
        // TIMESTAMP second-of-day 86,400 (<< 1 = 172,800 = groups 00 46 0A -> 80 C6 0A): one past the day
        byte[] second = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x04, 0x01, 0x05, 0x00,
                0x00, 0x00, 0x80, 0xC6, 0x0A);
        assertDamaged(second, List.of(TIMESTAMP), new int[] {0}, "time");
        // TIMESTAMP epoch day 2^62 (zigzag 2^63 = 9 bytes 80.. then 01)
        byte[] day = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x04, 0x01, 0x0C, 0x00,
                0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0x00);
        assertDamaged(day, List.of(TIMESTAMP), new int[] {0}, "date");
        // DATE epoch day 2^62: kept as a long, so it must be checked when decoded, not when read
        byte[] date = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x03, 0x01, 0x0B, 0x00,
                0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01);
        assertDamaged(date, List.of(DATE), new int[] {0}, "date");
        // the calendar's ends are fine: 0001-01-01 = epoch day -719,162 -> zigzag 1,438,323
        //   = 115 + 100 * 128 + 87 * 128^2 -> 7-bit groups 73 64 57 -> F3 E4 57
        byte[] yearOne = bytes(0x53, 0x43, 0x01, 0x01, 0x01, 0x03, 0x01, 0x04, 0x00, 0x00, 0xF3, 0xE4, 0x57);
        DecodedChunk c = DecodedChunk.decode(yearOne, List.of(DATE), new int[] {0});
        assertThat(((long[]) c.values[0])[0]).isEqualTo(LocalDate.of(1, 1, 1).toEpochDay());
    }

    @Test
    void anyDamagedByteFailsCleanlyOrDecodes() {
        // every byte of a chunk with all types, replaced by each of the 256 values (some 25,000 decodes, well under a second)
        ChunkEncoder e = new ChunkEncoder(List.of(TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN));
        e.add(2, new Object[] {"客户", -7L, new BigDecimal("-12.34"), LocalDate.of(2024, 1, 31),
                LocalDateTime.of(2024, 1, 31, 10, 15, 0, 500_000_000), true}, 0);
        e.add(9, new Object[] {null, 1L << 40, new BigDecimal("123456789012345678901234567890.5"), null,
                LocalDateTime.of(2024, 2, 1, 0, 0), null}, 0);
        e.add(10, new Object[] {"客户", null, null, LocalDate.of(1, 1, 1), null, false}, 0);
        byte[] good = e.finish();
        List<DataType> types = List.of(TEXT, INTEGER, DECIMAL, DATE, TIMESTAMP, BOOLEAN);
        int[] wanted = {0, 1, 2, 3, 4, 5};
        int decoded = 0;
        for (int at = 0; at < good.length; at++) {
            for (int r = 0; r < 256; r++) {
                byte[] bad = with(good, at, r);
                try {
                    DecodedChunk c = DecodedChunk.decode(bad, types, wanted);
                    for (int row = 0; row < c.rows; row++) {
                        if (!c.isNull(3, row)) {
                            LocalDate.ofEpochDay(((long[]) c.values[3])[row]);
                        }
                    }
                    decoded++;
                } catch (IllegalStateException expected) {
                    assertThat(expected.getMessage()).as("byte " + at + " = " + r).isNotBlank();
                }
            }
        }
        // some replacements only change a value (or replace a byte by itself) and still decode
        assertThat(decoded).isPositive();
    }
}
