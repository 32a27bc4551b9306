import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;

public class Main {
    // Return n + 1 numbers: entry i is the number of 1 bits in the binary representation of i,
    // for i = 0, 1, ..., n. Aim for O(n) time in total.
    static int[] countBits(int n) {
        // TODO: your code here
        return new int[0];
    }

    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(br.readLine().trim());
        int[] bits = countBits(n);
        StringBuilder sb = new StringBuilder(bits.length * 3 + 1);
        for (int i = 0; i < bits.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(bits[i]);
        }
        sb.append('\n');
        PrintWriter out = new PrintWriter(System.out);
        out.print(sb);
        out.flush();
    }
}
