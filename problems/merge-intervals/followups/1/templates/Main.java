import java.io.*;
import java.util.*;

public class Main {
    // intervals[i] = {l, r}, the closed interval that arrives i-th.
    // Return counts, where counts[i] is the number of disjoint intervals in the union of
    // intervals[0..i] (overlapping or touching intervals merge).
    static int[] countAfterEach(int[][] intervals) {
        // TODO: your code here
        return new int[0];
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
        int[] counts = countAfterEach(intervals);
        StringBuilder out = new StringBuilder();
        for (int c : counts) out.append(c).append('\n');
        System.out.print(out);
    }
}
