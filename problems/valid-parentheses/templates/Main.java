import java.io.*;

public class Main {
    // Return true if every bracket in s is closed by a bracket of the same type, in the
    // right order; false otherwise. s contains only ()[]{} and may be empty.
    static boolean isValid(String s) {
        // TODO: your code here
        return false;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine();  // the whole line; empty when s is empty
        if (s == null) s = "";
        s = s.strip();
        System.out.println(isValid(s) ? "true" : "false");
    }
}
