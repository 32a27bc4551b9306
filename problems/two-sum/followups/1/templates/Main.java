import java.io.*;
import java.util.*;

public class Main {
    // nums is sorted in non-decreasing order. Use O(1) extra memory.
    // Return {i, j} with 0 <= i < j < nums.length and nums[i] + nums[j] == target,
    // or {-1, -1} if no such pair exists. Any valid pair is accepted.
    // Careful: nums[i] + nums[j] may not fit in an int.
    static int[] twoSum(int[] nums, int target) {
        // TODO: your code here
        return new int[] {-1, -1};
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int target = nextInt(in);
        int[] nums = new int[n];
        for (int k = 0; k < n; k++) nums[k] = nextInt(in);
        int[] ans = twoSum(nums, target);
        System.out.println(ans[0] + " " + ans[1]);
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return (int) (neg ? -x : x);
    }
}
