import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    // Return the number of ways to place n queens on an n x n board so that no two attack
    // each other (same row, column or diagonal).
    static long totalNQueens(int n) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        System.out.println(totalNQueens(n));
    }
}
