'use strict';

/**
 * A dictionary of lowercase words that can be searched with patterns in which '.' stands
 * for any one letter.
 */
class WordDictionary {
  constructor() {
    // TODO: set up your fields
  }

  /**
   * Add word to the dictionary (adding a word twice changes nothing).
   * @param {string} word
   */
  addWord(word) {
    // TODO
  }

  /**
   * Return true if some added word matches pattern: the same length, and equal letters
   * wherever pattern has a letter ('.' matches any letter). Patterns have at most 2 dots.
   * @param {string} pattern
   * @return {boolean}
   */
  search(pattern) {
    // TODO
    return false;
  }
}

function main() {
  const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
  const q = Number(data[0]);
  const dict = new WordDictionary();
  const out = [];
  for (let k = 0, i = 1; k < q; k++, i += 2) {
    if (data[i] === 'add') {
      dict.addWord(data[i + 1]);
    } else { // 'search'
      out.push(dict.search(data[i + 1]) ? 'true' : 'false');
    }
  }
  process.stdout.write(out.length > 0 ? out.join('\n') + '\n' : '');
}

main();
