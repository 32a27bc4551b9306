import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // For every cell that holds 0 in the original matrix, set its whole row and its whole
    // column to 0. Modify matrix in place (the caller prints it afterwards); matrix[r][c] is
    // the cell in row r, column c. Zeros that you write do not count as original zeros.
    static void setZeroes(int[][] matrix) {
        // TODO: your code here
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int rows = in.nextInt();
        int cols = in.nextInt();
        int[][] matrix = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) matrix[r][c] = in.nextInt();

        setZeroes(matrix);

        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
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
