import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    // A dictionary of lowercase words that can be searched with patterns in which '.'
    // stands for any one letter.
    static class WordDictionary {
        WordDictionary() {
            // TODO: set up your fields
        }

        // Add word to the dictionary (adding a word twice changes nothing).
        void addWord(String word) {
            // TODO
        }

        // Return true if some added word matches pattern: the same length, and equal letters
        // wherever pattern has a letter ('.' matches any letter). Patterns have at most 2 dots.
        boolean search(String pattern) {
            // TODO
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        FastReader in = new FastReader();
        int q = in.nextInt();
        WordDictionary dict = new WordDictionary();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            String op = in.next();
            String w = in.next();
            if (op.equals("add")) {
                dict.addWord(w);
            } else { // "search"
                sb.append(dict.search(w) ? "true\n" : "false\n");
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
