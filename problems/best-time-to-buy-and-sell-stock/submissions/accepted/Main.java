// Accepted: the template with the reference approach filled in.
import java.io.*;
import java.util.*;

public class Main {
    // Return the maximum profit of one buy followed by one later sell, or 0 if no trade
    // makes money.
    static long maxProfit(long[] prices) {
        long best = 0, lowest = Long.MAX_VALUE;
        for (long p : prices) {
            if (lowest != Long.MAX_VALUE) best = Math.max(best, p - lowest);
            lowest = Math.min(lowest, p);
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        long[] prices = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            prices[i] = (long) in.nval;
        }
        System.out.println(maxProfit(prices));
    }
}
