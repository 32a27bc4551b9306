'use strict';

class TreeNode {
  constructor(val = 0, left = null, right = null) {
    this.val = val;
    this.left = left;
    this.right = right;
  }
}

// Encodes a binary tree as a string, and decodes such a string back into a tree.
// The starter code encodes every tree first, then wipes the original trees, and only then
// decodes the strings (with a different Codec object): deserialize must rebuild the tree
// from the string alone.
class Codec {
  /**
   * Encode the tree rooted at root (null for an empty tree) as a string.
   * @param {TreeNode|null} root
   * @return {string}
   */
  serialize(root) {
    // TODO: your code here
    return '';
  }

  /**
   * Decode a string made by serialize into a new tree and return its root
   * (null for an empty tree).
   * @param {string} data
   * @return {TreeNode|null}
   */
  deserialize(data) {
    // TODO: your code here
    return null;
  }
}

// ---- the starter code runs the codec and prints the trees; no need to read further ----

// The tree in the shared format, nodes numbered in level order (root = 1, then breadth-first,
// left to right). Refuses a tree that uses an original node or has more than n nodes.
function printTree(root, n, original) {
  const order = root ? [root] : [];
  for (let i = 0; i < order.length && order.length <= n; i++) {
    if (original.has(order[i])) return 'error: the decoded tree uses a node of the original tree\n';
    if (order[i].left) order.push(order[i].left);
    if (order[i].right) order.push(order[i].right);
  }
  if (order.length > n) return 'error: the decoded tree has more nodes than the original\n';
  const out = [String(order.length)];
  let next = 2; // children are numbered in the order breadth-first search meets them
  for (const u of order) {
    const l = u.left ? next++ : 0;
    const r = u.right ? next++ : 0;
    out.push(`${u.val} ${l} ${r}`);
  }
  return out.join('\n') + '\n';
}

function main() {
  const tok = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const t = Number(tok[0]);
  let pos = 1;
  const trees = [];
  const roots = [];
  for (let k = 0; k < t; k++) {
    const n = Number(tok[pos]);
    const node = new Array(n + 1).fill(null);
    for (let i = 1; i <= n; i++) node[i] = new TreeNode(Number(tok[pos + 3 * i - 2]));
    for (let i = 1; i <= n; i++) {
      node[i].left = node[Number(tok[pos + 3 * i - 1])];   // node[0] is null
      node[i].right = node[Number(tok[pos + 3 * i])];
    }
    pos += 3 * n + 1;
    trees.push(node);
    roots.push(n > 0 ? node[1] : null);
  }

  // Phase 1: encode every tree.
  const encoder = new Codec();
  const encoded = roots.map((root) => encoder.serialize(root));

  // Wipe the original trees (they stay alive in `trees`).
  const original = new Set();
  for (const node of trees) {
    for (let i = 1; i < node.length; i++) {
      node[i].val = 0;
      node[i].left = node[i].right = null;
      original.add(node[i]);
    }
  }

  // Phase 2: decode the strings, last one first, with a fresh Codec.
  const decoder = new Codec();
  const decoded = new Array(t).fill(null);
  for (let k = t - 1; k >= 0; k--) decoded[k] = decoder.deserialize(encoded[k]);

  const out = [];
  for (let k = 0; k < t; k++) out.push(printTree(decoded[k], trees[k].length - 1, original));
  process.stdout.write(out.join(''));
}

main();
