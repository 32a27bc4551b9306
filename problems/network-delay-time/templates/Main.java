import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Nodes are numbered 1..n. Each {u, v, w} in edges is a one-way link from u to v with
    // delay w (1 <= w <= 10^9). A signal starts at node k at time 0. Return the time at which
    // the last node receives it, or -1 if some node never does. The answer can exceed 32 bits.
    static long networkDelayTime(int n, int k, int[][] edges) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int m = in.nextInt();
        int k = in.nextInt();
        int[][] edges = new int[m][3];
        for (int i = 0; i < m; i++) {
            edges[i][0] = in.nextInt();
            edges[i][1] = in.nextInt();
            edges[i][2] = in.nextInt();
        }
        System.out.println(networkDelayTime(n, k, edges));
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
