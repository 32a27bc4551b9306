// Intended solution: monotonic stack of days still waiting for a warmer one, O(n).
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // For every day i, return the number of days until a strictly warmer day
    // (0 if there is none). The result has one entry per day.
    static int[] dailyTemperatures(int[] temps) {
        int n = temps.length;
        int[] answer = new int[n];
        int[] waiting = new int[n]; // stack of days without a warmer day yet
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temps[waiting[top - 1]] < temps[i]) {
                int j = waiting[--top];
                answer[j] = i - j;
            }
            waiting[top++] = i;
        }
        return answer;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int[] temps = new int[n];
        for (int i = 0; i < n; i++) temps[i] = in.nextInt();

        int[] answer = dailyTemperatures(temps);

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < answer.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(answer[i]);
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
