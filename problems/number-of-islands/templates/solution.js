'use strict';

// Return the number of islands in the grid. grid[r] is a string of '1' (land) and '0'
// (water); an island is a group of land cells joined through up, down, left and right (not
// diagonals). The grid can hold 10^6 cells: prefer an explicit stack/queue over recursion.
function numIslands(grid) {
  // TODO: your code here
  return 0;
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
const rows = Number(data[0]);
const grid = data.slice(2, 2 + rows);
console.log(String(numIslands(grid)));
