// Intended solution: two heaps, O(log n) per add, O(1) per median.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Keeps a growing collection of integers and reports its median.
    // addNum should take O(log n) time, findMedian O(1).
    static class MedianFinder {
        // lower: max-heap of the smaller half (one more value when the count is odd);
        // upper: min-heap of the larger half. Both are hand-written binary heaps of ints.
        private final IntHeap lower = new IntHeap(true);
        private final IntHeap upper = new IntHeap(false);

        // Add x to the collection.
        void addNum(int x) {
            if (lower.size() == 0 || x <= lower.top()) {
                lower.push(x);
            } else {
                upper.push(x);
            }
            if (lower.size() > upper.size() + 1) {
                upper.push(lower.pop());
            } else if (upper.size() > lower.size()) {
                lower.push(upper.pop());
            }
        }

        // Return the median of the values added so far (never called on an empty collection).
        // With an even count it is the mean of the two middle values, which may end in .5.
        // Careful: the sum of two ints may not fit in an int.
        double findMedian() {
            if (lower.size() > upper.size()) return lower.top();
            return ((long) lower.top() + (long) upper.top()) / 2.0;
        }
    }

    static class IntHeap {
        private int[] a = new int[16];
        private int n = 0;
        private final boolean max;

        IntHeap(boolean max) {
            this.max = max;
        }

        int size() {
            return n;
        }

        int top() {
            return a[0];
        }

        // true if the value x should sit above y
        private boolean above(int x, int y) {
            return max ? x > y : x < y;
        }

        void push(int x) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, 2 * n);
            int i = n++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (!above(x, a[p])) break;
                a[i] = a[p];
                i = p;
            }
            a[i] = x;
        }

        int pop() {
            int res = a[0];
            int x = a[--n];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) break;
                if (c + 1 < n && above(a[c + 1], a[c])) c++;
                if (!above(a[c], x)) break;
                a[i] = a[c];
                i = c;
            }
            a[i] = x;
            return res;
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
