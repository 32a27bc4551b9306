import java.util.ArrayList;
import java.util.List;

public class Main {
  public static void main(String[] args) {
    // 512 MiB, far over the 64 MiB heap.
    List<byte[]> blocks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      byte[] block = new byte[8 << 20];
      java.util.Arrays.fill(block, (byte) (i + 1));
      blocks.add(block);
    }
    System.out.println(blocks.size());
  }
}
