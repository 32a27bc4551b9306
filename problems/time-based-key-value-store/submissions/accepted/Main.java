// Intended solution: per key, sorted timestamps and values; get is a binary search.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;

public class Main {
    // A key-value store that keeps every version of every key.
    // For each key, set is called with strictly increasing timestamps.
    static class TimeMap {
        // Per key: its timestamps (sorted, since they increase) and values, in growing arrays.
        private static class Versions {
            int[] times = new int[4];
            String[] values = new String[4];
            int size = 0;
        }

        private final HashMap<String, Versions> versions = new HashMap<>();

        // Store value for key at the given timestamp.
        void set(String key, String value, int timestamp) {
            Versions v = versions.computeIfAbsent(key, k -> new Versions());
            if (v.size == v.times.length) {
                v.times = Arrays.copyOf(v.times, 2 * v.size);
                v.values = Arrays.copyOf(v.values, 2 * v.size);
            }
            v.times[v.size] = timestamp;
            v.values[v.size] = value;
            v.size++;
        }

        // Return the value stored for key with the largest timestamp <= timestamp,
        // or "-" if there is none (key never set, or set only later).
        String get(String key, int timestamp) {
            Versions v = versions.get(key);
            if (v == null) return "-";
            int lo = 0, hi = v.size;  // find the first index with times[i] > timestamp
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (v.times[mid] <= timestamp) lo = mid + 1;
                else hi = mid;
            }
            return lo == 0 ? "-" : v.values[lo - 1];
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
