import java.io.DataInputStream;
import java.io.IOException;
import java.util.*;

public class Main {
    // Counts plays as they arrive and reports the k most played values at any moment.
    static class TopKCounter {
        private final int k;

        TopKCounter(int k) {
            this.k = k;
            // TODO: set up your fields
        }

        // Record one play of value x.
        void add(int x) {
            // TODO
        }

        // Return min(k, d) distinct values played so far (d = how many distinct values were
        // played), each played at least as often as every value not returned; any order, ties
        // broken any way.
        List<Integer> top() {
            // TODO
            return new ArrayList<>();
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int k = in.nextInt();
        int q = in.nextInt();
        TopKCounter counter = new TopKCounter(k);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            if (op.equals("add")) {
                counter.add(in.nextInt());
            } else { // "top"
                List<Integer> t = counter.top();
                for (int j = 0; j < t.size(); j++) {
                    if (j > 0) sb.append(' ');
                    sb.append(t.get(j));
                }
                sb.append('\n');
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
