import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Keeps a growing collection of integers and reports its median.
    // addNum should take O(log n) time, findMedian O(1).
    static class MedianFinder {
        MedianFinder() {
            // TODO: set up your fields
        }

        // Add x to the collection.
        void addNum(int x) {
            // TODO
        }

        // Return the median of the values added so far (never called on an empty collection).
        // With an even count it is the mean of the two middle values, which may end in .5.
        // Careful: the sum of two ints may not fit in an int.
        double findMedian() {
            // TODO
            return 0.0;
        }
    }

    // Appends m with exactly one digit after the decimal point (like printf "%.1f").
    static void appendOneDecimal(StringBuilder sb, double m) {
        long tenths = Math.round(m * 10);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10).append('.').append(tenths % 10);
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        MedianFinder finder = new MedianFinder();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            if (op.equals("add")) {
                finder.addNum(in.nextInt());
            } else { // "median"
                appendOneDecimal(sb, finder.findMedian());
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
