// Intended solution without a hash map: the stack method (see solution.md). O(n) time and
// space, no recursion.
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

    // Build the binary tree whose preorder and inorder traversals are given (all values are
    // distinct) and return its root, or null when the traversals are empty.
    static TreeNode buildTree(long[] preorder, long[] inorder) {
        int n = preorder.length;
        if (n == 0) return null;
        TreeNode[] stack = new TreeNode[n];
        int top = 0, j = 0;
        TreeNode root = new TreeNode(preorder[0]);
        stack[top++] = root;
        for (int i = 1; i < n; i++) {
            TreeNode node = new TreeNode(preorder[i]);
            TreeNode parent = stack[top - 1];
            if (parent.val != inorder[j]) {
                parent.left = node;
            } else {
                while (top > 0 && stack[top - 1].val == inorder[j]) {
                    parent = stack[--top];
                    j++;
                }
                parent.right = node;
            }
            stack[top++] = node;
        }
        return root;
    }

    // ---- the starter code prints the tree; no need to read further ----

    // Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
    // breadth-first, left to right). Stops if more than n nodes are reached.
    static void printTree(TreeNode root, int n) {
        List<TreeNode> order = new ArrayList<>();
        if (root != null) order.add(root);
        for (int i = 0; i < order.size() && order.size() <= n; i++) {
            if (order.get(i).left != null) order.add(order.get(i).left);
            if (order.get(i).right != null) order.add(order.get(i).right);
        }
        if (order.size() > n) {
            System.out.println("error: the tree has more than n nodes, or a node is reached twice");
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(order.size()).append('\n');
        int next = 2; // children are numbered in the order breadth-first search meets them
        for (TreeNode u : order) {
            int l = u.left != null ? next++ : 0;
            int r = u.right != null ? next++ : 0;
            sb.append(u.val).append(' ').append(l).append(' ').append(r).append('\n');
        }
        System.out.print(sb);
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader();
        int n = (int) in.nextLong();
        long[] preorder = new long[n], inorder = new long[n];
        for (int i = 0; i < n; i++) preorder[i] = in.nextLong();
        for (int i = 0; i < n; i++) inorder[i] = in.nextLong();

        TreeNode root = buildTree(preorder, inorder);

        printTree(root, n);
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
