// Intended solution: bits[i] = bits[i >> 1] + (i & 1). O(n) time, O(1) extra space.
'use strict';

/**
 * Return n + 1 numbers: entry i is the number of 1 bits in the binary
 * representation of i, for i = 0, 1, ..., n. Aim for O(n) time in total.
 * @param {number} n
 * @return {number[]}
 */
function countBits(n) {
  const bits = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) bits[i] = bits[i >> 1] + (i & 1); // drop the lowest bit
  return bits;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const bits = countBits(n);
  process.stdout.write(Array.from(bits).join(' ') + '\n');
}

main();
