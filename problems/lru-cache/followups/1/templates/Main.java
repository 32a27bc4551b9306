import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A key-value cache of fixed capacity that evicts the least frequently used key
    // (among keys with the same use count, the least recently used one).
    // get and put should take O(1) time on average (O(log n) is fine too).
    static class LFUCache {
        private final int capacity;

        LFUCache(int capacity) {
            this.capacity = capacity;
            // TODO: set up your fields
        }

        // Return the value stored for key, or -1 if key is not cached.
        // A successful get is a use of key: its count goes up by 1.
        int get(int key) {
            // TODO
            return -1;
        }

        // Store value for key. Updating a cached key is a use (its count goes up by 1);
        // a new key starts at count 1. If this adds a key to a full cache, first evict the
        // key with the smallest count (the least recently used one among equal counts).
        void put(int key, int value) {
            // TODO
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int capacity = in.nextInt();
        int q = in.nextInt();
        LFUCache cache = new LFUCache(capacity);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            if (op.equals("get")) {
                sb.append(cache.get(in.nextInt())).append('\n');
            } else { // "put"
                int key = in.nextInt();
                int value = in.nextInt();
                cache.put(key, value);
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
