import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A stack of integers that also reports its maximum and can remove it from anywhere.
    // Every operation should take O(log n) time.
    static class MaxStack {
        MaxStack() {
            // TODO: set up your fields
        }

        // Put x on top of the stack.
        void push(int x) {
            // TODO
        }

        // Remove the top element (the stack is never empty here).
        void pop() {
            // TODO
        }

        // Return the top element (the stack is never empty here).
        int top() {
            // TODO
            return 0;
        }

        // Return the largest element in the stack (the stack is never empty here).
        int getMax() {
            // TODO
            return 0;
        }

        // Remove the largest element and return it; if it occurs several times, remove the
        // copy nearest the top (the stack is never empty here).
        int popMax() {
            // TODO
            return 0;
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        MaxStack stack = new MaxStack();
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
                case "getMax":
                    sb.append(stack.getMax()).append('\n');
                    break;
                default: // "popMax"
                    sb.append(stack.popMax()).append('\n');
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
