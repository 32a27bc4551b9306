import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Nodes are numbered 1..n; edges[i][0] and edges[i][1] are the two ends of an undirected
    // edge (equal ends and repeated pairs are possible). Return the number of connected
    // components.
    static int countComponents(int n, int[][] edges) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int m = in.nextInt();
        int[][] edges = new int[m][2];
        for (int i = 0; i < m; i++) {
            edges[i][0] = in.nextInt();
            edges[i][1] = in.nextInt();
        }
        System.out.println(countComponents(n, edges));
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
