// Accepted: the template with the reference approach filled in.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// intervals is an array of [s, e]: meetings occupying the half-open interval [s, e).
// Return the minimum number of rooms needed to hold all meetings.
function minMeetingRooms(intervals) {
    const s = Int32Array.from(intervals, iv => iv[0]).sort();
    const e = Int32Array.from(intervals, iv => iv[1]).sort();
    let rooms = 0, j = 0;
    for (let i = 0; i < s.length; i++) {
        if (e[j] <= s[i]) j++; else rooms++;
    }
    return rooms;
}

const n = data[0];
const intervals = [];
for (let i = 0; i < n; i++) intervals.push([data[1 + 2 * i], data[2 + 2 * i]]);
console.log(String(minMeetingRooms(intervals)));
