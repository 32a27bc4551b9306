import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    static class ListNode {
        int val;
        ListNode next;

        ListNode(int val, ListNode next) {
            this.val = val;
            this.next = next;
        }
    }

    // Merge the k sorted lists (an empty list is null) by relinking their nodes, and return
    // the head of the merged sorted list (null if every list is empty or k = 0).
    static ListNode mergeKLists(ListNode[] lists) {
        // TODO: your code here
        return null;
    }

    static ListNode readList(FastReader in, int length) throws IOException {
        int[] values = new int[length];
        for (int i = 0; i < length; i++) values[i] = in.nextInt();
        ListNode head = null;
        for (int i = length - 1; i >= 0; i--) head = new ListNode(values[i], head);
        return head;
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int k = in.nextInt();
        ListNode[] lists = new ListNode[k];
        long total = 0;
        for (int i = 0; i < k; i++) {
            int n = in.nextInt();
            total += n;
            lists[i] = readList(in, n);
        }

        ListNode result = mergeKLists(lists);

        // Print at most total + 1 nodes, so that a cycle gives a wrong answer, not endless output.
        StringBuilder sb = new StringBuilder();
        long printed = 0;
        for (ListNode p = result; p != null && printed <= total; p = p.next, printed++) {
            if (printed > 0) sb.append(' ');
            sb.append(p.val);
        }
        sb.append('\n');
        System.out.print(sb);
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
