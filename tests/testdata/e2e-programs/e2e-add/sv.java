import java.util.Scanner;

public class Main {
  public static void main(String[] args) throws Exception {
    // Starting a process is not allowed in the sandbox.
    Process p = new ProcessBuilder("/bin/true").start();
    p.waitFor();
    Scanner in = new Scanner(System.in);
    long a = in.nextLong();
    long b = in.nextLong();
    System.out.println(a + b);
  }
}
