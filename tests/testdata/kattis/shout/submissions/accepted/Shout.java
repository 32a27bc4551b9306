import java.util.Scanner;

public class Shout {
  public static void main(String[] args) {
    System.out.println(new Scanner(System.in).next().toUpperCase());
  }
}
