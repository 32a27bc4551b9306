'use strict';

/**
 * Return the length of the longest strictly increasing subsequence of nums
 * (0 for an empty array). Aim for O(n log n).
 * @param {number[]} nums
 * @return {number}
 */
function lengthOfLIS(nums) {
  // TODO: your code here
  return 0;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Number(data[1 + i]);
  process.stdout.write(String(lengthOfLIS(nums)) + '\n');
}

main();
