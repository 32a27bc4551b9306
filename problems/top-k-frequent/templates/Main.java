import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Return k distinct values of nums that occur most often (ties broken any way), in any
    // order.
    static int[] topKFrequent(int[] nums, int k) {
        // TODO: your code here
        return new int[0];
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader();
        int n = in.nextInt(), k = in.nextInt();
        int[] nums = new int[n];
        for (int i = 0; i < n; i++) nums[i] = in.nextInt();
        int[] ans = topKFrequent(nums, k);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ans.length; i++) {
            if (i > 0) out.append(' ');
            out.append(ans[i]);
        }
        System.out.println(out);
    }

    // Fast reader of whitespace-separated integers from standard input.
    static class Reader {
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
            while (c != -1 && c != '-' && (c < '0' || c > '9')) c = read();
            if (c == -1) return 0;
            boolean neg = c == '-';
            if (neg) c = read();
            int x = 0;
            while (c >= '0' && c <= '9') {
                x = x * 10 + (c - '0');
                c = read();
            }
            return neg ? -x : x;
        }
    }
}
