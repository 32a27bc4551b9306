'use strict';

const MOD = 1000000007;

/**
 * Return the number of ways to decode the digit string s (1 -> A, 2 -> B, ..., 26 -> Z),
 * modulo 1000000007. A code never has a leading zero: "06" is not a code.
 * @param {string} s
 * @return {number}
 */
function numDecodings(s) {
  // TODO: your code here
  return -1;
}

function main() {
  const s = require('fs').readFileSync(0, 'utf8').trim();
  process.stdout.write(numDecodings(s) + '\n');
}

main();
