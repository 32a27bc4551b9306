import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Rotate the n x n matrix by 90 degrees clockwise, in place: modify matrix itself (the
    // caller prints it afterwards). matrix[r][c] is the cell in row r, column c. Try not to
    // allocate a second n x n matrix.
    static void rotate(int[][] matrix) {
        // TODO: your code here
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int[][] matrix = new int[n][n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) matrix[r][c] = in.nextInt();

        rotate(matrix);

        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (c > 0) sb.append(' ');
                sb.append(matrix[r][c]);
            }
            sb.append('\n');
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
