import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    // Return true if s, keeping only letters and digits and ignoring case, reads the same
    // forwards and backwards.
    static boolean isPalindrome(String s) {
        // TODO: your code here
        return false;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine();
        if (s == null) s = "";
        System.out.println(isPalindrome(s) ? "true" : "false");
    }
}
