// Intended solution: a queue of (second, hits in that second); count drops expired seconds.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
    // from one call to the next, and several hits can arrive in the same second.
    static class HitCounter {
        // A circular queue of (second, hits in that second), oldest first. After every count
        // it holds at most 300 seconds, but between counts it can grow: use growing arrays.
        private int[] second = new int[16];
        private long[] hits = new long[16];
        private int head = 0, size = 0;
        private long total = 0;

        // Record one hit at the given timestamp.
        void hit(int timestamp) {
            if (size > 0 && second[(head + size - 1) & (second.length - 1)] == timestamp) {
                hits[(head + size - 1) & (second.length - 1)]++;
            } else {
                if (size == second.length) grow();
                int tail = (head + size) & (second.length - 1);
                second[tail] = timestamp;
                hits[tail] = 1;
                size++;
            }
            total++;
        }

        // Return the number of hits with a timestamp in [timestamp - 299, timestamp].
        int count(int timestamp) {
            while (size > 0 && second[head] <= timestamp - 300) {
                total -= hits[head];
                head = (head + 1) & (second.length - 1);
                size--;
            }
            return (int) total;
        }

        private void grow() {
            int n = second.length;
            int[] s2 = new int[2 * n];
            long[] h2 = new long[2 * n];
            for (int i = 0; i < size; i++) {
                s2[i] = second[(head + i) & (n - 1)];
                h2[i] = hits[(head + i) & (n - 1)];
            }
            second = s2;
            hits = h2;
            head = 0;
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        HitCounter counter = new HitCounter();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            int timestamp = in.nextInt();
            if (op.equals("hit")) {
                counter.hit(timestamp);
            } else { // "count"
                sb.append(counter.count(timestamp)).append('\n');
            }
        }
        System.out.print(sb);
    }

    static class FastReader {
        private final DataInputStream in = new DataInputStream(System.in);
        private final byte[] buf = new byte[1 << 16];
        private int len = 0, pos = 0;

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) return -1;
            }
            return buf[pos++];
        }

        private int skipSpaces() throws IOException {
            int c = read();
            while (c <= ' ') {
                if (c < 0) throw new IOException("unexpected end of input");
                c = read();
            }
            return c;
        }

        String next() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = skipSpaces(); c > ' '; c = read()) sb.append((char) c);
            return sb.toString();
        }

        int nextInt() throws IOException {
            int c = skipSpaces();
            boolean neg = c == '-';
            if (neg) c = read();
            int r = 0;
            while (c >= '0' && c <= '9') {
                r = r * 10 + (c - '0');
                c = read();
            }
            return neg ? -r : r;
        }
    }
}
