// Accepted: the template with the reference approach filled in.
import java.io.*;
import java.util.*;

public class Main {
    // Return the smallest integer speed k >= 1 such that eating the piles at k bananas per
    // hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours.
    static int minEatingSpeed(int[] piles, int h) {
        int lo = 1, hi = 1;
        for (int p : piles) hi = Math.max(hi, p);
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            long hours = 0;
            for (int p : piles) hours += (p + (long) mid - 1) / mid;
            if (hours <= h) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int h = (int) in.nval;
        int[] piles = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            piles[i] = (int) in.nval;
        }
        System.out.println(minEatingSpeed(piles, h));
    }
}
