import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Return the k points of `points` (points[i] = {x, y}) closest to the origin (0, 0), in any
    // order. If several points tie at the boundary distance, any of them may be chosen.
    // Careful: x * x + y * y does not fit in an int.
    static int[][] kClosest(int[][] points, int k) {
        // TODO: your code here
        return new int[0][];
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int k = in.nextInt();
        int[][] points = new int[n][2];
        for (int i = 0; i < n; i++) {
            points[i][0] = in.nextInt();
            points[i][1] = in.nextInt();
        }
        int[][] result = kClosest(points, k);
        StringBuilder sb = new StringBuilder();
        for (int[] p : result) sb.append(p[0]).append(' ').append(p[1]).append('\n');
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
