// Accepted: the template with the reference approach filled in.
import java.io.*;
import java.util.*;

public class Main {
    // Return true if the last index can be reached from index 0, where nums[i] is the
    // longest jump allowed from index i.
    static boolean canJump(int[] nums) {
        long far = 0;
        int n = nums.length;
        for (int i = 0; i < n && i <= far; i++) {
            far = Math.max(far, (long) i + nums[i]);
            if (far >= n - 1) return true;
        }
        return false;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[] nums = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            nums[i] = (int) in.nval;
        }
        System.out.println(canJump(nums) ? "true" : "false");
    }
}
