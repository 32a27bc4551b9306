import java.io.*;
import java.util.*;

public class Main {
    // Return every distinct combination of candidates (each may be used any number of times)
    // that sums to target. Each combination is a multiset: return it once, in any order; the
    // combinations themselves may come in any order.
    static List<List<Integer>> combinationSum(int[] candidates, int target) {
        // TODO: your code here
        return new ArrayList<>();
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int target = (int) st.nval;
        int[] candidates = new int[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            candidates[i] = (int) st.nval;
        }
        List<List<Integer>> combos = combinationSum(candidates, target);
        StringBuilder sb = new StringBuilder();
        sb.append(combos.size()).append('\n');
        for (List<Integer> combo : combos) {
            List<Integer> sorted = new ArrayList<>(combo);
            Collections.sort(sorted);  // the output lists each combination in non-decreasing order
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0) sb.append(' ');
                sb.append(sorted.get(i));
            }
            sb.append('\n');
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }
}
