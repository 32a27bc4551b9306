import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // The n edges (edges[i][0], edges[i][1]) form a tree on the nodes 1..n plus one extra
    // edge. Return the edge, as {u, v} exactly as it appears in edges, whose removal leaves a
    // tree; if several edges qualify, the one that appears last in edges.
    static int[] findRedundantConnection(int n, int[][] edges) {
        // TODO: your code here
        return new int[] {0, 0};
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int[][] edges = new int[n][2];
        for (int i = 0; i < n; i++) {
            edges[i][0] = in.nextInt();
            edges[i][1] = in.nextInt();
        }
        int[] e = findRedundantConnection(n, edges);
        System.out.println(e[0] + " " + e[1]);
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
