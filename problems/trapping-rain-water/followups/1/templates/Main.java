import java.io.*;

public class Main {
    // Use O(1) extra memory besides the heights.
    // Return the total amount of water trapped between the bars of the given heights.
    // The total may not fit in an int.
    static long trap(int[] height) {
        // TODO: your code here
        return 0;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in);
        int[] height = new int[n];
        for (int k = 0; k < n; k++) height[k] = nextInt(in);
        System.out.println(trap(height));
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long x = 0;
        while (c >= '0' && c <= '9') {
            x = x * 10 + (c - '0');
            c = in.read();
        }
        return (int) (neg ? -x : x);
    }
}
