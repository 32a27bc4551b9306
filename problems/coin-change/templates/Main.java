import java.io.*;
import java.util.*;

public class Main {
    // Return the fewest coins (each value usable any number of times) that add up to exactly
    // amount, or -1 if that is impossible. amount = 0 needs 0 coins.
    static int coinChange(int[] coins, int amount) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer st = new StreamTokenizer(in);
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int amount = (int) st.nval;
        int[] coins = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            coins[i] = (int) st.nval;  // exact: values fit in a double
        }
        System.out.println(coinChange(coins, amount));
    }
}
