import java.io.*;

public class Main {
    // Return the length of the longest substring of s in which no character repeats.
    // s contains printable ASCII characters (spaces included) and may be empty.
    static int lengthOfLongestSubstring(String s) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine();  // the whole line: s may contain spaces
        if (s == null) s = "";
        System.out.println(lengthOfLongestSubstring(s));
    }
}
