import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A trie (prefix tree) of lowercase words. Every operation should take O(length of the
    // word) time, whatever the number of words stored.
    static class Trie {
        Trie() {
            // TODO: set up your fields
        }

        // Add word to the set of words (adding a word twice changes nothing).
        void insert(String word) {
            // TODO
        }

        // Return true if word was inserted before.
        boolean search(String word) {
            // TODO
            return false;
        }

        // Return true if some inserted word starts with prefix (a word starts with itself).
        boolean startsWith(String prefix) {
            // TODO
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        Trie trie = new Trie();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            String w = in.next();
            if (op.equals("insert")) {
                trie.insert(w);
            } else if (op.equals("search")) {
                sb.append(trie.search(w) ? "true\n" : "false\n");
            } else { // "prefix"
                sb.append(trie.startsWith(w) ? "true\n" : "false\n");
            }
        }
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

        private int skipSpaces() throws IOException {
            int c = read();
            while (c <= ' ') {
                if (c < 0) throw new IOException("unexpected end of input");
                c = read();
            }
            return c;
        }

        String next() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = skipSpaces(); c > ' '; c = read()) sb.append((char) c);
            return sb.toString();
        }

        int nextInt() throws IOException {
            int c = skipSpaces();
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
