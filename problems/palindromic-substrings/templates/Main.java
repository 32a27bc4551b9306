import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    // Return the number of palindromic substrings of s. Substrings at different positions
    // count separately, even when they are equal.
    static long countSubstrings(String s) {
        // TODO: your code here
        return -1;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String s = in.readLine().trim();
        System.out.println(countSubstrings(s));
    }
}
