// Intended solution: monotonic deque of indices, O(n).
'use strict';

/**
 * Return the maximum of every window of k consecutive elements of nums,
 * from the leftmost window to the rightmost (nums.length - k + 1 values).
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
function maxSlidingWindow(nums, k) {
  const n = nums.length;
  const answer = [];
  const window = new Int32Array(n); // deque of indices in window[head..tail)
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) {
    while (tail > head && nums[window[tail - 1]] <= nums[i]) tail--;
    window[tail++] = i;
    if (window[head] <= i - k) head++;
    if (i >= k - 1) answer.push(nums[window[head]]);
  }
  return answer;
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
