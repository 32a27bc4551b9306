import java.io.*;
import java.util.*;

public class Main {
    // Return the number of cells on a shortest path from the top-left cell to the bottom-right
    // cell, moving in 8 directions through '0' cells only, or -1 if there is no such path.
    // grid[r][c] is '0' (free) or '1' (blocked). You may modify grid.
    static int shortestPathBinaryMatrix(char[][] grid) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(st.nextToken());
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) grid[r] = in.readLine().trim().toCharArray();
        System.out.println(shortestPathBinaryMatrix(grid));
    }
}
