import java.io.*;
import java.util.*;

public class Main {
    // intervals[i] = {s, e}: a meeting occupying the half-open interval [s, e).
    // Return the minimum number of rooms needed to hold all meetings.
    static int minMeetingRooms(int[][] intervals) {
        // TODO: your code here
        return 0;
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
        System.out.println(minMeetingRooms(intervals));
    }
}
