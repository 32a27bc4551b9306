import java.io.*;
import java.util.*;

public class Main {
    // Return the smallest integer speed k >= 1 such that eating the piles at k bananas per
    // hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours.
    static int minEatingSpeed(int[] piles, int h) {
        // TODO: your code here
        return 0;
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
