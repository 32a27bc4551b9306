import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Cities are numbered 1..n. Each {u, v, p} in flights is a one-way flight from u to v
    // that costs p. Return the cheapest price of a route from src to dst with at most k stops
    // (at most k + 1 flights), 0 if src == dst, or -1 if there is no such route.
    static int findCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int m = in.nextInt();
        int[][] flights = new int[m][3];
        for (int i = 0; i < m; i++) {
            flights[i][0] = in.nextInt();
            flights[i][1] = in.nextInt();
            flights[i][2] = in.nextInt();
        }
        int src = in.nextInt();
        int dst = in.nextInt();
        int k = in.nextInt();
        System.out.println(findCheapestPrice(n, flights, src, dst, k));
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

        int nextInt() throws IOException {
            int c = read();
            while (c != '-' && (c < '0' || c > '9')) {
                if (c < 0) throw new IOException("unexpected end of input");
                c = read();
            }
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
