import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A key-value store that keeps every version of every key.
    // For each key, set is called with strictly increasing timestamps.
    static class TimeMap {
        TimeMap() {
            // TODO: set up your fields
        }

        // Store value for key at the given timestamp.
        void set(String key, String value, int timestamp) {
            // TODO
        }

        // Return the value stored for key with the largest timestamp <= timestamp,
        // or "-" if there is none (key never set, or set only later).
        String get(String key, int timestamp) {
            // TODO
            return "";
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        TimeMap store = new TimeMap();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            String key = in.next();
            if (op.equals("set")) {
                String value = in.next();
                store.set(key, value, in.nextInt());
            } else { // "get"
                sb.append(store.get(key, in.nextInt())).append('\n');
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
