// Starting a process is not allowed in the sandbox.
require("child_process").execSync("/bin/true");
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log((a + b).toString());
