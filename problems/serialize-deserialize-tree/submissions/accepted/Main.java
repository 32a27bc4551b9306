// Intended solution: level order with '#' for every missing child, space-separated tokens.
// Both directions are iterative, O(n) time and space.
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

public class Main {
    static class TreeNode {
        long val;
        TreeNode left, right;

        TreeNode(long val) {
            this.val = val;
        }
    }

    // Encodes a binary tree as a string, and decodes such a string back into a tree.
    // The starter code encodes every tree first, then wipes the original trees, and only then
    // decodes the strings (with a different Codec object): deserialize must rebuild the tree
    // from the string alone.
    static class Codec {
        // Encode the tree rooted at root (null for an empty tree) as a string.
        String serialize(TreeNode root) {
            StringBuilder sb = new StringBuilder();
            List<TreeNode> order = new ArrayList<>();
            order.add(root);
            for (int i = 0; i < order.size(); i++) {
                TreeNode u = order.get(i);
                if (sb.length() > 0) sb.append(' ');
                if (u == null) {
                    sb.append('#');
                } else {
                    sb.append(u.val);
                    order.add(u.left);
                    order.add(u.right);
                }
            }
            return sb.toString();
        }

        // Decode a string made by serialize into a new tree and return its root
        // (null for an empty tree).
        TreeNode deserialize(String data) {
            String[] tok = data.split(" ");
            if (tok[0].equals("#")) return null;
            TreeNode root = new TreeNode(Long.parseLong(tok[0]));
            List<TreeNode> q = new ArrayList<>();
            q.add(root);
            int k = 1;
            for (int i = 0; i < q.size(); i++) {
                TreeNode u = q.get(i);
                if (!tok[k].equals("#")) q.add(u.left = new TreeNode(Long.parseLong(tok[k])));
                k++;
                if (!tok[k].equals("#")) q.add(u.right = new TreeNode(Long.parseLong(tok[k])));
                k++;
            }
            return root;
        }
    }

    // ---- the starter code runs the codec and prints the trees; no need to read further ----

    // The tree in the shared format, nodes numbered in level order (root = 1, then
    // breadth-first, left to right). Refuses a tree that uses an original node or has more
    // than n nodes.
    static void printTree(TreeNode root, int n, Set<TreeNode> original, StringBuilder sb) {
        List<TreeNode> order = new ArrayList<>();
        if (root != null) order.add(root);
        for (int i = 0; i < order.size() && order.size() <= n; i++) {
            if (original.contains(order.get(i))) {
                sb.append("error: the decoded tree uses a node of the original tree\n");
                return;
            }
            if (order.get(i).left != null) order.add(order.get(i).left);
            if (order.get(i).right != null) order.add(order.get(i).right);
        }
        if (order.size() > n) {
            sb.append("error: the decoded tree has more nodes than the original\n");
            return;
        }
        sb.append(order.size()).append('\n');
        int next = 2; // children are numbered in the order breadth-first search meets them
        for (TreeNode u : order) {
            int l = u.left != null ? next++ : 0;
            int r = u.right != null ? next++ : 0;
            sb.append(u.val).append(' ').append(l).append(' ').append(r).append('\n');
        }
    }

    public static void main(String[] args) throws IOException {
        Reader in = new Reader();
        int t = (int) in.nextLong();
        TreeNode[][] trees = new TreeNode[t][];
        TreeNode[] roots = new TreeNode[t];
        for (int k = 0; k < t; k++) {
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
            trees[k] = node;
            roots[k] = n > 0 ? node[1] : null;
        }

        // Phase 1: encode every tree.
        Codec encoder = new Codec();
        String[] encoded = new String[t];
        for (int k = 0; k < t; k++) encoded[k] = encoder.serialize(roots[k]);

        // Wipe the original trees (they stay reachable from `trees`). Nodes are compared by
        // identity, whatever equals() might say.
        Set<TreeNode> original = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TreeNode[] node : trees) {
            for (int i = 1; i < node.length; i++) {
                node[i].val = 0;
                node[i].left = node[i].right = null;
                original.add(node[i]);
            }
        }

        // Phase 2: decode the strings, last one first, with a fresh Codec.
        Codec decoder = new Codec();
        TreeNode[] decoded = new TreeNode[t];
        for (int k = t - 1; k >= 0; k--) decoded[k] = decoder.deserialize(encoded[k]);

        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t; k++) printTree(decoded[k], trees[k].length - 1, original, sb);
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
