// Intended solution: prefix sums with a hash map of prefix-sum counts, seeded with {0: 1};
// look up before inserting. O(n) time and space, long sums and count.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // Return the number of non-empty contiguous subarrays of nums whose sum is exactly k.
    // The sums and the count can exceed 32 bits.
    static long subarraySum(int[] nums, long k) {
        java.util.HashMap<Long, Integer> seen = new java.util.HashMap<>(nums.length * 2 + 2);
        seen.put(0L, 1);
        long prefix = 0, count = 0;
        for (int x : nums) {
            prefix += x;
            Integer c = seen.get(prefix - k);
            if (c != null) count += c;
            seen.merge(prefix, 1, Integer::sum);
        }
        return count;
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader();
        int n = (int) in.nextLong();
        long k = in.nextLong();
        int[] nums = new int[n];
        for (int i = 0; i < n; i++) nums[i] = (int) in.nextLong();
        System.out.println(subarraySum(nums, k));
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

        long nextLong() throws IOException {
            int c = read();
            while (c != -1 && c != '-' && (c < '0' || c > '9')) c = read();
            if (c == -1) return 0;
            boolean neg = c == '-';
            if (neg) c = read();
            long x = 0;
            while (c >= '0' && c <= '9') {
                x = x * 10 - (c - '0');   // accumulate negatively: Long.MIN_VALUE fits
                c = read();
            }
            return neg ? x : -x;
        }
    }
}
