// Intended solution: XOR of all values; every pair cancels. O(n) time, O(1) extra space.
'use strict';

/**
 * Every value in nums appears exactly twice, except one value that appears once.
 * Return that value. Aim for O(n) time and O(1) extra memory.
 * @param {number[]} nums
 * @return {number}
 */
function singleNumber(nums) {
  let x = 0;
  for (const v of nums) x ^= v; // 32-bit XOR; pairs cancel
  return x;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Number(data[1 + i]);
  process.stdout.write(String(singleNumber(nums)) + '\n');
}

main();
