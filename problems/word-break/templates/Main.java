import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    // Return true if s can be split into a sequence of one or more words of wordDict (a word
    // may be used any number of times), false otherwise.
    static boolean wordBreak(String s, List<String> wordDict) {
        // TODO: your code here
        return false;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder all = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) all.append(line).append('\n');
        StringTokenizer st = new StringTokenizer(all.toString());
        String s = st.nextToken();
        int m = Integer.parseInt(st.nextToken());
        List<String> wordDict = new ArrayList<>();
        for (int i = 0; i < m; i++) wordDict.add(st.nextToken());
        System.out.println(wordBreak(s, wordDict) ? "true" : "false");
    }
}
