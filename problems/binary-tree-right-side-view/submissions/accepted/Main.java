// Intended solution: BFS with a queue, one level per round; the last node of each level is
// visible. O(n) time and space.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

public class Main {
    static class TreeNode {
        long val;
        TreeNode left, right;

        TreeNode(long val) {
            this.val = val;
        }
    }

    // Return the values seen from the right side: for every level from the root down, the value
    // of the last node of that level from left to right. root is null for an empty tree.
    static List<Long> rightSideView(TreeNode root) {
        List<Long> view = new ArrayList<>();
        if (root == null) return view;
        java.util.ArrayDeque<TreeNode> q = new java.util.ArrayDeque<>();
        q.add(root);
        while (!q.isEmpty()) {
            int k = q.size();
            for (int i = 0; i < k; i++) {
                TreeNode u = q.poll();
                if (i == k - 1) view.add(u.val);
                if (u.left != null) q.add(u.left);
                if (u.right != null) q.add(u.right);
            }
        }
        return view;
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader();
        int n = (int) in.nextLong();
        TreeNode[] node = new TreeNode[n + 1];
        int[] l = new int[n + 1], r = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            node[i] = new TreeNode(in.nextLong());
            l[i] = (int) in.nextLong();
            r[i] = (int) in.nextLong();
        }
        for (int i = 1; i <= n; i++) {
            node[i].left = node[l[i]];   // node[0] is null
            node[i].right = node[r[i]];
        }
        TreeNode root = n > 0 ? node[1] : null;

        List<Long> view = rightSideView(root);

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < view.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(view.get(i));
        }
        sb.append('\n');
        System.out.print(sb);
    }

    // Fast reader of whitespace-separated integers from standard input.
    static class Reader {
        private final DataInputStream in = new DataInputStream(System.in);
        private final byte[] buf = new byte[1 << 16];
        private int len = 0, pos = 0;

        private int read() throws IOException {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) return -1;
            }
            return buf[pos++];
        }

        long nextLong() throws IOException {
            int c = read();
            while (c != -1 && c != '-' && (c < '0' || c > '9')) c = read();
            if (c == -1) return 0;
            boolean neg = c == '-';
            if (neg) c = read();
            long x = 0;
            while (c >= '0' && c <= '9') {
                x = x * 10 - (c - '0');   // accumulate negatively: Long.MIN_VALUE fits
                c = read();
            }
            return neg ? x : -x;
        }
    }
}
