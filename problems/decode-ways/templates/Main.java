import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static final int MOD = 1_000_000_007;

    // Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
    // modulo 1000000007. A code never has a leading zero: "06" is not a code.
    static int numDecodings(String s) {
        // TODO: your code here
        return -1;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine().trim();
        System.out.println(numDecodings(s));
    }
}
