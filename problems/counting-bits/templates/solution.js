'use strict';

/**
 * Return n + 1 numbers: entry i is the number of 1 bits in the binary
 * representation of i, for i = 0, 1, ..., n. Aim for O(n) time in total.
 * @param {number} n
 * @return {number[]}
 */
function countBits(n) {
  // TODO: your code here
  return [];
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const bits = countBits(n);
  process.stdout.write(Array.from(bits).join(' ') + '\n');
}

main();
