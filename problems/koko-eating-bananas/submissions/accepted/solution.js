// Accepted: the template with the reference approach filled in.
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(s => s.length > 0).map(Number);

// Return the smallest integer speed k >= 1 such that eating the piles at k bananas per
// hour (one pile at a time, ceil(pile / k) hours per pile) takes at most h hours.
function minEatingSpeed(piles, h) {
    let lo = 1, hi = 1;
    for (const p of piles) if (p > hi) hi = p;
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        let hours = 0;
        for (const p of piles) hours += Math.ceil(p / mid);
        if (hours <= h) hi = mid; else lo = mid + 1;
    }
    return lo;
}

const n = data[0], h = data[1];
const piles = data.slice(2, 2 + n);
console.log(String(minEatingSpeed(piles, h)));
