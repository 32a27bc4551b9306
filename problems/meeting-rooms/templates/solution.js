const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// intervals is an array of [s, e]: meetings occupying the half-open interval [s, e).
// Return the minimum number of rooms needed to hold all meetings.
function minMeetingRooms(intervals) {
    // TODO: your code here
    return 0;
}

const n = data[0];
const intervals = [];
for (let i = 0; i < n; i++) intervals.push([data[1 + 2 * i], data[2 + 2 * i]]);
console.log(String(minMeetingRooms(intervals)));
