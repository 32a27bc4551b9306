// Accepted: the template with the reference approach filled in.
import java.io.*;
import java.util.*;

public class Main {
    // intervals[i] = {l, r}, a closed interval, in any order.
    // Return the merged intervals (overlapping or touching ones combined), sorted by l.
    static int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : intervals) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1])
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], iv[1]);
            else out.add(new int[]{iv[0], iv[1]});
        }
        return out.toArray(new int[0][]);
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
