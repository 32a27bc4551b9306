// Intended solution: a Map from each original node to its copy; create all copies, then wire
// next and random. O(n) time and space.
'use strict';

class Node {
  constructor(val, next = null, random = null) {
    this.val = val;
    this.next = next;
    this.random = random;
  }
}

/**
 * Return the head of a deep copy of the list: new Node objects, one per original
 * node, with the same values, whose next and random pointers point to the
 * corresponding NEW nodes. The original list must be unchanged when you return.
 * @param {Node|null} head
 * @return {Node|null}
 */
function copyRandomList(head) {
  const copyOf = new Map([[null, null]]);
  for (let p = head; p !== null; p = p.next) copyOf.set(p, new Node(p.val));
  for (let p = head; p !== null; p = p.next) {
    const c = copyOf.get(p);
    c.next = copyOf.get(p.next);
    c.random = copyOf.get(p.random);
  }
  return copyOf.get(head);
}

// ---- the starter code checks the copy and prints it; no need to read further ----

function checkAndPrint(orig, val, rnd, copy) {
  const n = orig.length;
  for (let i = 0; i < n; i++) {
    const wantNext = i + 1 < n ? orig[i + 1] : null;
    const wantRandom = rnd[i] >= 0 ? orig[rnd[i]] : null;
    const node = orig[i];
    if (node.val !== val[i] || node.next !== wantNext || node.random !== wantRandom) {
      return `error: the original list was modified (node ${i})\n`;
    }
  }
  const isOrig = new Set(orig);  // objects are compared by identity
  const nodes = [];
  const index = new Map();
  for (let p = copy; p !== null && p !== undefined; p = p.next) {
    if (isOrig.has(p)) return `error: node ${nodes.length} of the copy is a node of the original list\n`;
    if (nodes.length === n || index.has(p)) {
      return 'error: the copy has more than n nodes, or its next pointers form a cycle\n';
    }
    index.set(p, nodes.length);
    nodes.push(p);
  }
  const out = [String(nodes.length)];
  for (let i = 0; i < nodes.length; i++) {
    const r = nodes[i].random;
    let ri = -1;
    if (r !== null && r !== undefined) {
      if (isOrig.has(r)) {
        return `error: the random pointer of node ${i} of the copy points into the original list\n`;
      }
      if (!index.has(r)) return `error: the random pointer of node ${i} of the copy points outside the copy\n`;
      ri = index.get(r);
    }
    out.push(`${nodes[i].val} ${ri}`);
  }
  return out.join('\n') + '\n';
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const n = Number(data[0]);
  const val = [];
  const rnd = [];
  for (let i = 0; i < n; i++) {
    val.push(Number(data[1 + 2 * i]));
    rnd.push(Number(data[2 + 2 * i]));
  }
  const orig = val.map((v) => new Node(v));
  for (let i = 0; i < n; i++) {
    orig[i].next = i + 1 < n ? orig[i + 1] : null;
    orig[i].random = rnd[i] >= 0 ? orig[rnd[i]] : null;
  }
  const head = n > 0 ? orig[0] : null;

  const copy = copyRandomList(head);

  process.stdout.write(checkAndPrint(orig, val, rnd, copy));
}

main();
