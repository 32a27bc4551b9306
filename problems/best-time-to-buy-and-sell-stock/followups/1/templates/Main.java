import java.io.*;
import java.util.*;

public class Main {
    // Return the largest total profit of at most k trades (buy one share, sell it on a later
    // day; at most one share held at a time), or 0 if no trade makes money.
    static long maxProfit(int k, long[] prices) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        long[] prices = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            prices[i] = (long) in.nval;
        }
        System.out.println(maxProfit(k, prices));
    }
}
