import java.io.*;
import java.util.*;

public class Main {
    // Courses are numbered 1..n. Each pair {a, b} in prerequisites means that course b must
    // be taken before course a. Return an order that takes all n courses (any valid order),
    // or an empty array if no such order exists.
    static int[] findOrder(int n, int[][] prerequisites) {
        // TODO: your code here
        return new int[0];
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in);
        int[][] prerequisites = new int[m][2];
        for (int i = 0; i < m; i++) {
            prerequisites[i][0] = nextInt(in);
            prerequisites[i][1] = nextInt(in);
        }
        int[] order = findOrder(n, prerequisites);
        StringBuilder sb = new StringBuilder();
        if (order.length == 0) {
            sb.append("IMPOSSIBLE");
        } else {
            for (int i = 0; i < order.length; i++) {
                if (i > 0) sb.append(' ');
                sb.append(order[i]);
            }
        }
        sb.append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0' || b > '9') {
            if (b == '-') return -nextInt(in);
            b = in.read();
        }
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
