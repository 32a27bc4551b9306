import java.io.*;
import java.util.*;

public class Main {
    // Return the number of islands in the grid. grid[r][c] is '1' (land) or '0' (water); an
    // island is a group of land cells joined through up, down, left and right (not diagonals).
    // You may modify grid.
    static int numIslands(char[][] grid) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer st = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(st.nextToken());
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) grid[r] = in.readLine().trim().toCharArray();
        System.out.println(numIslands(grid));
    }
}
