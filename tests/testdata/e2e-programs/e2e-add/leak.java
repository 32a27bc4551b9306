// Echoes its input to standard error, and crashes on a negative number, quoting the input.
import java.util.Scanner;

public class Main {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong();
    long b = in.nextLong();
    System.err.println("read " + a + " and " + b);
    if (a < 0) {
      throw new IllegalArgumentException("cannot add " + a + " and " + b);
    }
    System.out.println(a + b);
  }
}
