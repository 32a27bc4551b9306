// Intended solution: a second stack of running minimums, O(1) per operation.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    static class MinStack {
        private int[] values = new int[16];
        private int[] mins = new int[16];
        private int size = 0;

        void push(int x) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
                mins = java.util.Arrays.copyOf(mins, size * 2);
            }
            values[size] = x;
            mins[size] = (size == 0 || x < mins[size - 1]) ? x : mins[size - 1];
            size++;
        }

        void pop() {
            size--;
        }

        int top() {
            return values[size - 1];
        }

        int getMin() {
            return mins[size - 1];
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        MinStack stack = new MinStack();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            switch (op) {
                case "push":
                    stack.push(in.nextInt());
                    break;
                case "pop":
                    stack.pop();
                    break;
                case "top":
                    sb.append(stack.top()).append('\n');
                    break;
                default: // "getMin"
                    sb.append(stack.getMin()).append('\n');
                    break;
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
