const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// intervals is an array of [l, r] closed intervals, in any order.
// Return the merged intervals (overlapping or touching ones combined) as an array of
// [l, r], sorted by l.
function merge(intervals) {
    // TODO: your code here
    return [];
}

const n = data[0];
const intervals = [];
for (let i = 0; i < n; i++) intervals.push([data[1 + 2 * i], data[2 + 2 * i]]);
const result = merge(intervals);
const out = [String(result.length)];
for (const [l, r] of result) out.push(l + " " + r);
console.log(out.join("\n"));
