// Intended solution: Floyd's tortoise and hare, then a second walk from the head to the
// first node of the cycle. O(n) time, O(1) extra space.
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    static class ListNode {
        int val;
        ListNode next;

        ListNode(int val) {
            this.val = val;
        }
    }

    // Return the node where the cycle begins (the first node reached twice when walking from
    // head), or null if the list has no cycle. Do not modify the list.
    static ListNode detectCycle(ListNode head) {
        ListNode slow = head, fast = head;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) {
                ListNode p = head;
                while (p != slow) {
                    p = p.next;
                    slow = slow.next;
                }
                return p;
            }
        }
        return null;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int n = in.nextInt();
        int[] values = new int[n];
        ListNode[] nodes = new ListNode[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.nextInt();
            nodes[i] = new ListNode(values[i]);
        }
        int pos = in.nextInt();
        for (int i = 0; i + 1 < n; i++) nodes[i].next = nodes[i + 1];
        if (n > 0 && pos >= 0) nodes[n - 1].next = nodes[pos];
        ListNode head = n > 0 ? nodes[0] : null;

        ListNode result = detectCycle(head);

        // The list must be unchanged.
        for (int i = 0; i < n; i++) {
            ListNode want = i + 1 < n ? nodes[i + 1] : (pos >= 0 ? nodes[pos] : null);
            if (nodes[i].val != values[i] || nodes[i].next != want) {
                System.out.println("error: the list was modified (node " + i + ")");
                return;
            }
        }
        if (result == null) {
            System.out.println(-1);
            return;
        }
        for (int i = 0; i < n; i++) {
            if (nodes[i] == result) {
                System.out.println(i);
                return;
            }
        }
        System.out.println("error: the returned node is not a node of the list");
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
