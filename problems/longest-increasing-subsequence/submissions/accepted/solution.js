// Intended solution: patience sorting with a hand-written lower bound (first tail >= x).
// O(n log n).
'use strict';

/**
 * Return the length of the longest strictly increasing subsequence of nums
 * (0 for an empty array). Aim for O(n log n).
 * @param {number[]} nums
 * @return {number}
 */
function lengthOfLIS(nums) {
  const tails = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x; // lo === tails.length appends
  }
  return tails.length;
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const nums = new Array(n);
  for (let i = 0; i < n; i++) nums[i] = Number(data[1 + i]);
  process.stdout.write(String(lengthOfLIS(nums)) + '\n');
}

main();
