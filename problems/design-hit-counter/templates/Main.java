import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Counts the hits received in the last 300 seconds. Timestamps (in seconds) never decrease
    // from one call to the next, and several hits can arrive in the same second.
    static class HitCounter {
        HitCounter() {
            // TODO: set up your fields
        }

        // Record one hit at the given timestamp.
        void hit(int timestamp) {
            // TODO
        }

        // Return the number of hits with a timestamp in [timestamp - 299, timestamp].
        int count(int timestamp) {
            // TODO
            return -1;
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
