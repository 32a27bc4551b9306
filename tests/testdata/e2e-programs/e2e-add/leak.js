// Echoes its input to standard error, and crashes on a negative number, quoting the input.
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
console.error(`read ${a} and ${b}`);
if (a < 0) {
  throw new RangeError(`cannot add ${a} and ${b}`);
}
console.log(String(a + b));
