const data = require('fs').readFileSync(0, 'utf8');

// Return k distinct values of nums that occur most often (ties broken any way), in any order.
function topKFrequent(nums, k) {
  // TODO: your code here
  return [];
}

const tok = data.split(/\s+/).filter((s) => s.length > 0);
const n = Number(tok[0]);
const k = Number(tok[1]);
const nums = new Array(n);
for (let i = 0; i < n; i++) nums[i] = Number(tok[2 + i]);
console.log(topKFrequent(nums, k).join(' '));
