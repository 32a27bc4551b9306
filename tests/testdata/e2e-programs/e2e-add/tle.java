public class Main {
  static volatile long spins;

  public static void main(String[] args) {
    while (true) {
      spins++;
    }
  }
}
