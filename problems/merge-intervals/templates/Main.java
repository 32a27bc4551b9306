import java.io.*;
import java.util.*;

public class Main {
    // intervals[i] = {l, r}, a closed interval, in any order.
    // Return the merged intervals (overlapping or touching ones combined), sorted by l.
    static int[][] merge(int[][] intervals) {
        // TODO: your code here
        return new int[0][];
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        int[][] intervals = new int[n][2];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            intervals[i][0] = (int) in.nval;
            in.nextToken();
            intervals[i][1] = (int) in.nval;
        }
        int[][] result = merge(intervals);
        StringBuilder out = new StringBuilder();
        out.append(result.length).append('\n');
        for (int[] iv : result) out.append(iv[0]).append(' ').append(iv[1]).append('\n');
        System.out.print(out);
    }
}
