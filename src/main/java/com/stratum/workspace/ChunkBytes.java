package com.stratum.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the variable-length integers of the chunk format (LEB128, zig-zag
 * for signed values), and a reader over the same encoding.
 */
final class ChunkBytes {

    private byte[] buf;
    private int size;

    ChunkBytes(int initial) {
        buf = new byte[Math.max(16, initial)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    void write(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    void write(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    void write(ChunkBytes other) {
        ensure(other.size);
        System.arraycopy(other.buf, 0, buf, size, other.size);
        size += other.size;
    }

    /** An unsigned variable-length long: 7 bits per byte, low bits first. */
    void varLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** A signed long, zig-zag encoded so that small negative values stay short. */
    void zigzag(long v) {
        varLong((v << 1) ^ (v >> 63));
    }

    void utf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        varLong(b.length);
        write(b);
    }

    /** Drops the bytes written after {@code size} (a refused row's). */
    void truncate(int size) {
        this.size = size;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }

    /**
     * Reads the encoding above from a byte array; a malformed array fails with {@link IllegalStateException}.
     * Bounds are checked as {@code n > end - pos}: a damaged length near 2^31 would wrap {@code pos + n}.
     */
    static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;

        Reader(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.end = to;
        }

        int position() {
            return pos;
        }

        int remaining() {
            return end - pos;
        }

        int read() {
            if (pos >= end) {
                throw new IllegalStateException("chunk ends early at byte " + pos);
            }
            return b[pos++] & 0xFF;
        }

        long varLong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = read();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("chunk has a malformed number at byte " + pos);
        }

        int varInt() {
            long v = varLong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalStateException("chunk has an out-of-range length at byte " + pos);
            }
            return (int) v;
        }

        long zigzag() {
            long v = varLong();
            return (v >>> 1) ^ -(v & 1);
        }

        byte[] bytes(int n) {
            if (n < 0 || n > end - pos) {
                throw new IllegalStateException("chunk ends early at byte " + pos);
            }
            byte[] out = Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        String utf8() {
            int n = varInt();
            if (n > end - pos) {
                throw new IllegalStateException("chunk ends early at byte " + pos);
            }
            String s = new String(b, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        void skip(int n) {
            if (n < 0 || n > end - pos) {
                throw new IllegalStateException("chunk ends early at byte " + pos);
            }
            pos += n;
        }
    }
}
