import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A rate limiter for log messages. Messages arrive in non-decreasing order of timestamp.
    static class Logger {
        Logger() {
            // TODO: set up your fields
        }

        // Return true if the message is printed: its text was never printed, or was last
        // printed at t0 with t0 + 10 <= timestamp. A message that is not printed (false) does
        // not count as printed.
        boolean shouldPrintMessage(int timestamp, String message) {
            // TODO
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        Logger logger = new Logger();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int timestamp = in.nextInt();
            String message = in.next();
            sb.append(logger.shouldPrintMessage(timestamp, message) ? "true\n" : "false\n");
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
