// Accepted: the template with the reference approach filled in.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return true if the last index can be reached from index 0, where nums[i] is the
// longest jump allowed from index i.
function canJump(nums) {
    let far = 0;
    for (let i = 0; i < nums.length && i <= far; i++) {
        far = Math.max(far, i + nums[i]);
        if (far >= nums.length - 1) return true;
    }
    return false;
}

const n = data[0];
const nums = data.slice(1, 1 + n);
console.log(canJump(nums) ? "true" : "false");
