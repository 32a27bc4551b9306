import java.util.Scanner;

public class Main {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong();
    long b = in.nextLong();
    int[] v = new int[3];
    System.out.println(v[(int) (a + b + 100)]);  // ArrayIndexOutOfBoundsException
  }
}
