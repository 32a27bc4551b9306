'use strict';

// Return the number of cells on a shortest path from the top-left cell to the bottom-right
// cell, moving in 8 directions through '0' cells only, or -1 if there is no such path.
// grid[r] is a string of '0' (free) and '1' (blocked) characters.
function shortestPathBinaryMatrix(grid) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const rows = Number(data[0]);
const grid = data.slice(2, 2 + rows);
console.log(String(shortestPathBinaryMatrix(grid)));
