// Intended solution: transpose, then reverse every row; O(n^2) time, O(1) extra space.
'use strict';

function rotate(matrix) {
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = matrix[i][j];
      matrix[i][j] = matrix[j][i];
      matrix[j][i] = t;
    }
  }
  for (const row of matrix) row.reverse();
}

function main() {
  const buf = require('fs').readFileSync(0);
  let pos = 0;
  const nextInt = () => {
    while (buf[pos] !== 45 && (buf[pos] < 48 || buf[pos] > 57)) pos++;
    let neg = false;
    if (buf[pos] === 45) {
      neg = true;
      pos++;
    }
    let x = 0;
    while (buf[pos] >= 48 && buf[pos] <= 57) x = x * 10 + (buf[pos++] - 48);
    return neg ? -x : x;
  };
  const n = nextInt();
  const matrix = [];
  for (let r = 0; r < n; r++) {
    const row = new Array(n);
    for (let c = 0; c < n; c++) row[c] = nextInt();
    matrix.push(row);
  }

  rotate(matrix);

  process.stdout.write(matrix.map((row) => row.join(' ')).join('\n') + '\n');
}

main();
