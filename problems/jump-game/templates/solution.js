const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return true if the last index can be reached from index 0, where nums[i] is the
// longest jump allowed from index i.
function canJump(nums) {
    // TODO: your code here
    return false;
}

const n = data[0];
const nums = data.slice(1, 1 + n);
console.log(canJump(nums) ? "true" : "false");
