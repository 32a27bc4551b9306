const line = "0123456789".repeat(100) + "\n";
for (;;) {
  require("fs").writeSync(1, line);
}
