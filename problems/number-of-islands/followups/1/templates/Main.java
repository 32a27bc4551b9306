import java.io.*;
import java.util.*;

public class Main {
    // The grid has rows x cols cells, all water at first. cells[i] = {r, c} becomes land at
    // step i (it may already be land). Return counts, where counts[i] is the number of islands
    // (4-directional) after the first i + 1 additions.
    static int[] numIslandsAfterEach(int rows, int cols, int[][] cells) {
        // TODO: your code here
        return new int[0];
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in), 1 << 16));
        in.nextToken();
        int rows = (int) in.nval;
        in.nextToken();
        int cols = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        int[][] cells = new int[q][2];
        for (int i = 0; i < q; i++) {
            in.nextToken();
            cells[i][0] = (int) in.nval;
            in.nextToken();
            cells[i][1] = (int) in.nval;
        }
        int[] counts = numIslandsAfterEach(rows, cols, cells);
        StringBuilder out = new StringBuilder();
        for (int x : counts) out.append(x).append('\n');
        System.out.print(out);
    }
}
