// Intended solution: hash map + recency list, O(1) per operation.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // LinkedHashMap in access order is a hash map threaded on a recency list.
    static class LRUCache {
        private final java.util.LinkedHashMap<Integer, Integer> map;

        LRUCache(int capacity) {
            map = new java.util.LinkedHashMap<Integer, Integer>(2 * capacity, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Integer, Integer> eldest) {
                    return size() > capacity;
                }
            };
        }

        int get(int key) {
            Integer v = map.get(key);
            return v == null ? -1 : v;
        }

        void put(int key, int value) {
            map.put(key, value);
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int capacity = in.nextInt();
        int q = in.nextInt();
        LRUCache cache = new LRUCache(capacity);
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
