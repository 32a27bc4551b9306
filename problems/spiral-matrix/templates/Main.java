import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Return the values of the matrix in spiral order: along the top row from left to right,
    // down the right column, along the bottom row from right to left, up the left column,
    // then the same for the inner part, until every cell has been listed exactly once.
    // matrix[r][c] is the cell in row r, column c; the matrix has at least one row and one
    // column and need not be square.
    static int[] spiralOrder(int[][] matrix) {
        // TODO: your code here
        return new int[0];
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int rows = in.nextInt();
        int cols = in.nextInt();
        int[][] matrix = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) matrix[r][c] = in.nextInt();

        int[] out = spiralOrder(matrix);

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(out[i]);
        }
        sb.append('\n');
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
