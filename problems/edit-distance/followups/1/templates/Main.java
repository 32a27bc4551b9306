import java.io.*;
import java.util.*;

public class Main {
    // Use memory proportional to the shorter word: the full table does not fit.
    // Return the fewest single-letter insertions, deletions and replacements that turn word1
    // into word2 (either word may be empty).
    static int minDistance(String word1, String word2) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String word1 = in.readLine();
        String word2 = in.readLine();
        if (word1 == null) word1 = "";
        if (word2 == null) word2 = "";
        System.out.println(minDistance(word1.strip(), word2.strip()));
    }
}
