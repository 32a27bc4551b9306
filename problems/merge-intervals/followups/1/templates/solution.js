const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// intervals[i] = [l, r], the closed interval that arrives i-th.
// Return an array counts where counts[i] is the number of disjoint intervals in the union
// of intervals[0..i] (overlapping or touching intervals merge).
function countAfterEach(intervals) {
    // TODO: your code here
    return [];
}

const n = data[0];
const intervals = [];
for (let i = 0; i < n; i++) intervals.push([data[1 + 2 * i], data[2 + 2 * i]]);
const counts = countAfterEach(intervals);
process.stdout.write(counts.map(c => c + "\n").join(""));
