import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    // grid[r][c] is '0' (empty), '1' (fresh orange) or '2' (rotten orange). Each minute,
    // every rotten orange rots the fresh oranges directly above, below, left and right of it.
    // Return the number of minutes until no fresh orange is left, or -1 if that never happens
    // (0 if there is no fresh orange to begin with). You may modify grid.
    static int orangesRotting(char[][] grid) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(st.nextToken());
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) {
            String line = in.readLine().trim();
            while (line.isEmpty()) line = in.readLine().trim();
            grid[r] = line.toCharArray();
        }
        System.out.println(orangesRotting(grid));
    }
}
