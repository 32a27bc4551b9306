'use strict';

/**
 * Return the number of non-empty contiguous subarrays of nums whose sum is
 * exactly k. The sums stay below 2^53, so Numbers hold them exactly.
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
function subarraySum(nums, k) {
  // TODO: your code here
  return 0;
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
