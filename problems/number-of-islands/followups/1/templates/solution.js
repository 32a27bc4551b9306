'use strict';

// The grid has rows x cols cells, all water at first. cells[i] = [r, c] becomes land at
// step i (it may already be land). Return an array counts where counts[i] is the number of
// islands (4-directional) after the first i + 1 additions.
function numIslandsAfterEach(rows, cols, cells) {
  // TODO: your code here
  return [];
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0).map(Number);
const rows = data[0];
const cols = data[1];
const q = data[2];
const cells = [];
for (let i = 0; i < q; i++) cells.push([data[3 + 2 * i], data[4 + 2 * i]]);
const counts = numIslandsAfterEach(rows, cols, cells);
process.stdout.write(counts.map((x) => x + '\n').join(''));
