'use strict';

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

/**
 * Build the binary tree whose preorder and inorder traversals are given (all
 * values are distinct) and return its root, or null when they are empty.
 * @param {number[]} preorder
 * @param {number[]} inorder
 * @return {TreeNode|null}
 */
function buildTree(preorder, inorder) {
  // TODO: your code here
  return null;
}

// ---- the starter code prints the tree; no need to read further ----

// Prints the tree in the shared format, numbering the nodes in level order (root = 1, then
// breadth-first, left to right). Stops if more than n nodes are reached.
function printTree(root, n) {
  const order = root ? [root] : [];
  for (let i = 0; i < order.length && order.length <= n; i++) {
    if (order[i].left) order.push(order[i].left);
    if (order[i].right) order.push(order[i].right);
  }
  if (order.length > n) {
    process.stdout.write('error: the tree has more than n nodes, or a node is reached twice\n');
    return;
  }
  const out = [String(order.length)];
  let next = 2; // children are numbered in the order breadth-first search meets them
  for (const u of order) {
    const l = u.left ? next++ : 0;
    const r = u.right ? next++ : 0;
    out.push(`${u.val} ${l} ${r}`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const preorder = data.slice(1, 1 + n).map(Number);
  const inorder = data.slice(1 + n, 1 + 2 * n).map(Number);

  const root = buildTree(preorder, inorder);

  printTree(root, n);
}

main();
