import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

public class Main {
    static class Node {
        int val;
        Node next;
        Node random;

        Node(int val) {
            this.val = val;
        }
    }

    // Return the head of a deep copy of the list: new Node objects, one per original node,
    // with the same values, whose next and random pointers point to the corresponding NEW
    // nodes. The original list must be unchanged when you return.
    static Node copyRandomList(Node head) {
        // TODO: your code here
        return null;
    }

    // ---- the starter code checks the copy and prints it; no need to read further ----

    static String checkAndPrint(Node[] orig, int[] val, int[] rnd, Node copy) {
        int n = orig.length;
        for (int i = 0; i < n; i++) {
            Node wantNext = i + 1 < n ? orig[i + 1] : null;
            Node wantRandom = rnd[i] >= 0 ? orig[rnd[i]] : null;
            if (orig[i].val != val[i] || orig[i].next != wantNext || orig[i].random != wantRandom) {
                return "error: the original list was modified (node " + i + ")\n";
            }
        }
        // Identity maps: nodes are compared with ==, whatever equals() might say.
        IdentityHashMap<Node, Integer> isOrig = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) isOrig.put(orig[i], i);
        List<Node> nodes = new ArrayList<>();
        IdentityHashMap<Node, Integer> index = new IdentityHashMap<>();
        for (Node p = copy; p != null; p = p.next) {
            if (isOrig.containsKey(p)) {
                return "error: node " + nodes.size() + " of the copy is a node of the original list\n";
            }
            if (nodes.size() == n || index.containsKey(p)) {
                return "error: the copy has more than n nodes, or its next pointers form a cycle\n";
            }
            index.put(p, nodes.size());
            nodes.add(p);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(nodes.size()).append('\n');
        for (int i = 0; i < nodes.size(); i++) {
            Node r = nodes.get(i).random;
            int ri = -1;
            if (r != null) {
                if (isOrig.containsKey(r)) {
                    return "error: the random pointer of node " + i + " of the copy points into the original list\n";
                }
                Integer k = index.get(r);
                if (k == null) {
                    return "error: the random pointer of node " + i + " of the copy points outside the copy\n";
                }
                ri = k;
            }
            sb.append(nodes.get(i).val).append(' ').append(ri).append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int[] val = new int[n], rnd = new int[n];
        Node[] orig = new Node[n];
        for (int i = 0; i < n; i++) {
            val[i] = in.nextInt();
            rnd[i] = in.nextInt();
            orig[i] = new Node(val[i]);
        }
        for (int i = 0; i < n; i++) {
            orig[i].next = i + 1 < n ? orig[i + 1] : null;
            orig[i].random = rnd[i] >= 0 ? orig[rnd[i]] : null;
        }
        Node head = n > 0 ? orig[0] : null;

        Node copy = copyRandomList(head);

        System.out.print(checkAndPrint(orig, val, rnd, copy));
    }

    static class FastReader {
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

        int nextInt() throws IOException {
            int c = read();
            while (c != '-' && (c < '0' || c > '9')) {
                if (c < 0) throw new IOException("unexpected end of input");
                c = read();
            }
            boolean neg = c == '-';
            if (neg) c = read();
            int r = 0;
            while (c >= '0' && c <= '9') {
                r = r * 10 + (c - '0');
                c = read();
            }
            return neg ? -r : r;
        }
    }
}
