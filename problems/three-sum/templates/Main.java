import java.io.*;
import java.util.*;

public class Main {
    // Return every distinct triplet {x, y, z} of values at three different positions of nums
    // with x + y + z == 0, each triplet exactly once. Any order: main() sorts them.
    // Careful: the sum of three values may not fit in an int.
    static List<int[]> threeSum(int[] nums) {
        // TODO: your code here
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int[] nums = new int[n];
        for (int k = 0; k < n; k++) nums[k] = nextInt(in);
        List<int[]> res = threeSum(nums);
        for (int[] t : res) Arrays.sort(t);  // canonical form: each triplet ascending,
        res.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0])  // lexicographic order
                : p[1] != q[1] ? Integer.compare(p[1], q[1]) : Integer.compare(p[2], q[2]));
        StringBuilder sb = new StringBuilder();
        sb.append(res.size()).append('\n');
        for (int[] t : res) {
            sb.append(t[0]).append(' ').append(t[1]).append(' ').append(t[2]).append('\n');
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
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
