'use strict';

/**
 * Return the maximum of every window of k consecutive elements of nums,
 * from the leftmost window to the rightmost (nums.length - k + 1 values).
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
function maxSlidingWindow(nums, k) {
  // TODO: your code here
  return [];
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const k = Number(data[1]);
  const nums = data.slice(2, 2 + n).map(Number);

  const answer = maxSlidingWindow(nums, k);

  process.stdout.write(answer.join(' ') + '\n');
}

main();
