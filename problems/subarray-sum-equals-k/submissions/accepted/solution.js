// Intended solution: prefix sums with a Map of prefix-sum counts, seeded with {0: 1}; look up
// before inserting. O(n) time and space.
'use strict';

/**
 * Return the number of non-empty contiguous subarrays of nums whose sum is
 * exactly k. The sums stay below 2^53, so Numbers hold them exactly.
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function subarraySum(nums, k) {
  const seen = new Map([[0, 1]]);
  let prefix = 0;
  let count = 0;
  for (const x of nums) {
    prefix += x;
    count += seen.get(prefix - k) || 0;
    seen.set(prefix, (seen.get(prefix) || 0) + 1);
  }
  return count;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const k = Number(data[1]);
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Number(data[2 + i]);
  process.stdout.write(String(subarraySum(nums, k)) + '\n');
}

main();
