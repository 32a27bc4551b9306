import java.io.*;

public class Main {
    // Return the minimum length of a contiguous subarray of nums whose sum is >= target,
    // or 0 if there is none. All nums are positive. Sums may not fit in an int.
    static int minSubArrayLen(long target, int[] nums) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) nextLong(in);
        long target = nextLong(in);
        int[] nums = new int[n];
        for (int k = 0; k < n; k++) nums[k] = (int) nextLong(in);
        System.out.println(minSubArrayLen(target, nums));
    }

    private static long nextLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return neg ? -x : x;
    }
}
