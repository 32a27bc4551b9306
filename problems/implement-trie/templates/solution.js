'use strict';

/**
 * A trie (prefix tree) of lowercase words. Every operation should take O(length of the
 * word) time, whatever the number of words stored.
 */
class Trie {
  constructor() {
    // TODO: set up your fields
  }

  /**
   * Add word to the set of words (adding a word twice changes nothing).
   * @param {string} word
   */
  insert(word) {
    // TODO
  }

  /**
   * Return true if word was inserted before.
   * @param {string} word
   * @return {boolean}
   */
  search(word) {
    // TODO
    return false;
  }

  /**
   * Return true if some inserted word starts with prefix (a word starts with itself).
   * @param {string} prefix
   * @return {boolean}
   */
  startsWith(prefix) {
    // TODO
    return false;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const trie = new Trie();
  const out = [];
  for (let k = 0, i = 1; k < q; k++, i += 2) {
    const op = data[i];
    const w = data[i + 1];
    if (op === 'insert') {
      trie.insert(w);
    } else if (op === 'search') {
      out.push(trie.search(w) ? 'true' : 'false');
    } else { // 'prefix'
      out.push(trie.startsWith(w) ? 'true' : 'false');
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
