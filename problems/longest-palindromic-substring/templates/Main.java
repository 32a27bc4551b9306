import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    // Return {start, length} of the longest palindromic substring of s. If several have the
    // largest length, return the one that starts first (the smallest start).
    static int[] longestPalindrome(String s) {
        // TODO: your code here
        return new int[] {0, 0};
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String s = in.readLine().trim();
        int[] res = longestPalindrome(s);
        System.out.println(res[1]);
        System.out.println(s.substring(res[0], res[0] + res[1]));
    }
}
