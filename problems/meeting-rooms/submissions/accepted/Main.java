// Accepted: the template with the reference approach filled in.
import java.io.*;
import java.util.*;

public class Main {
    // intervals[i] = {s, e}: a meeting occupying the half-open interval [s, e).
    // Return the minimum number of rooms needed to hold all meetings.
    static int minMeetingRooms(int[][] intervals) {
        int n = intervals.length;
        int[] s = new int[n], e = new int[n];
        for (int i = 0; i < n; i++) { s[i] = intervals[i][0]; e[i] = intervals[i][1]; }
        Arrays.sort(s);
        Arrays.sort(e);
        int rooms = 0, j = 0;
        for (int i = 0; i < n; i++) {
            if (e[j] <= s[i]) j++; else rooms++;
        }
        return rooms;
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
