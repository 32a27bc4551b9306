import java.io.*;
import java.util.*;

public class Main {
    // Return the length of the longest block of consecutive values of a in which no value
    // repeats. Values are between 0 and 2^31 - 1; a may be empty.
    static int longestDistinctRun(int[] a) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = nextInt(in);
        System.out.println(longestDistinctRun(a));
    }

    // Reads the next non-negative integer from the input.
    private static int nextInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != -1 && (c < '0' || c > '9')) c = in.read();
        int r = 0;
        while (c >= '0' && c <= '9') {
            r = r * 10 + (c - '0');
            c = in.read();
        }
        return r;
    }
}
