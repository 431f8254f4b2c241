import { createRequire as __finetuneCiCreateRequire } from "node:module"; const require = __finetuneCiCreateRequire(import.meta.url);
import {
  RuleAnalyzer,
  SIGNATURE_SIZE,
  TokenCounter,
  encodingForModel,
  estimatedJaccard,
  hash53,
  loadTokenCounter
} from "./chunk-POJSONTM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-D5HUPGCK.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/adapters/files/files.ts
import { createReadStream } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat3) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat3, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat3 = fs.statSync(resolvedPath);
    if (stat3.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat3, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat3, resolvedPath) => {
          if (stat3.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/adapters/files/files.ts
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var CHUNK_BYTES = 1 << 20;
function readFileChunks(path) {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}
async function expandPaths(patterns, cwd) {
  const out = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) throw new InputError(`${pattern}: no file matches this pattern`);
      out.push(...matches);
      continue;
    }
    const info = await stat2(resolve3(cwd, pattern)).catch(() => void 0);
    if (!info) throw new InputError(`${pattern}: no such file`);
    if (!info.isFile()) throw new InputError(`${pattern}: not a file (give a .jsonl file or a glob such as data/*.jsonl)`);
    out.push(pattern);
  }
  return [...new Set(out)];
}

// src/core/dataset/columns.ts
var BLOCK_ROWS = 16384;
var Column = class {
  constructor(Kind, width = 1) {
    this.Kind = Kind;
    this.width = width;
  }
  Kind;
  width;
  blocks = [];
  length = 0;
  slot(row) {
    const b = Math.floor(row / BLOCK_ROWS);
    while (this.blocks.length <= b) this.blocks.push(new this.Kind(BLOCK_ROWS * this.width));
    return { block: this.blocks[b], offset: row % BLOCK_ROWS * this.width };
  }
  push(value) {
    const { block, offset } = this.slot(this.length++);
    block[offset] = value;
  }
  /** Appends a row of `width` values (a MinHash signature). */
  pushRow(values) {
    const { block, offset } = this.slot(this.length++);
    block.set(values, offset);
  }
  get(row) {
    return this.blocks[Math.floor(row / BLOCK_ROWS)][row % BLOCK_ROWS * this.width];
  }
  /** Value k of a row of `width` values, without making a view. */
  at(row, k) {
    return this.blocks[Math.floor(row / BLOCK_ROWS)][row % BLOCK_ROWS * this.width + k];
  }
  /** One row of `width` values (a view, not a copy). */
  row(row) {
    const offset = row % BLOCK_ROWS * this.width;
    return this.blocks[Math.floor(row / BLOCK_ROWS)].subarray(offset, offset + this.width);
  }
};

// src/core/dataset/exampleStore.ts
var CountedStrings = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  ids = /* @__PURE__ */ new Map();
  values = [];
  counts = [];
  firstRow = [];
  overflowed = false;
  /** The id of `value`, or -1 once the cap is reached and the value is new. */
  add(value, row) {
    let id = this.ids.get(value);
    if (id === void 0) {
      if (this.values.length >= this.cap) {
        this.overflowed = true;
        return -1;
      }
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
      this.firstRow.push(row);
    }
    this.counts[id]++;
    return id;
  }
};
var ExampleStore = class {
  files = [];
  file = new Column(Uint16Array);
  line = new Column(Uint32Array);
  exampleHash = new Column(Float64Array);
  promptHash = new Column(Float64Array);
  answerHash = new Column(Float64Array);
  tokens = new Column(Uint32Array);
  assistantTokens = new Column(Uint32Array);
  promptTokens = new Column(Uint32Array);
  answerTokens = new Column(Uint32Array);
  messages = new Column(Uint32Array);
  signature = new Column(Uint16Array, SIGNATURE_SIZE);
  /** Id in `systemPrompts` (hashed text), -1 without a system prompt. */
  systemId = new Column(Int32Array);
  /** Id in `shapes`, -1 without a textual answer. */
  shapeId = new Column(Int32Array);
  /** Id in `labels`, -1 when the answer is too long to be a label. */
  labelId = new Column(Int32Array);
  systemPrompts = new CountedStrings(1e4);
  /** A short sample of each system prompt, by id, for the report. */
  systemSamples = [];
  shapes = new CountedStrings(4096);
  labels;
  constructor(maxLabels) {
    this.labels = new CountedStrings(maxLabels);
  }
  get size() {
    return this.line.length;
  }
  addFile(path, role) {
    this.files.push({ path, role });
    return this.files.length - 1;
  }
  add(fileIndex, line, facts, signature) {
    const row = this.size;
    this.roleRows = {};
    this.file.push(fileIndex);
    this.line.push(line);
    this.exampleHash.push(facts.exampleHash);
    this.promptHash.push(facts.promptHash);
    this.answerHash.push(facts.answerHash);
    this.tokens.push(facts.total);
    this.assistantTokens.push(facts.assistant);
    this.promptTokens.push(facts.total - facts.answer);
    this.answerTokens.push(facts.answer);
    this.messages.push(facts.messages);
    this.signature.pushRow(signature);
    let systemId = -1;
    if (facts.systemPrompt !== void 0) {
      const before = this.systemPrompts.values.length;
      systemId = this.systemPrompts.add(String(hash53(facts.systemPrompt)), row);
      if (this.systemPrompts.values.length > before) this.systemSamples.push(facts.systemPrompt.slice(0, 120));
    }
    this.systemId.push(systemId);
    this.shapeId.push(facts.answerShape === void 0 ? -1 : this.shapes.add(facts.answerShape, row));
    this.labelId.push(facts.label === void 0 ? -1 : this.labels.add(facts.label, row));
  }
  roleOf(row) {
    return this.files[this.file.get(row)].role;
  }
  locate(row) {
    return { file: this.files[this.file.get(row)].path, line: this.line.get(row) };
  }
  roleRows = {};
  /** Rows of one role, in reading order (computed once the store is complete). */
  rowsOf(role) {
    let rows = this.roleRows[role];
    if (!rows) {
      let n = 0;
      for (let r = 0; r < this.size; r++) if (this.roleOf(r) === role) n++;
      rows = new Uint32Array(n);
      for (let r = 0, i = 0; r < this.size; r++) if (this.roleOf(r) === role) rows[i++] = r;
      this.roleRows[role] = rows;
    }
    return rows;
  }
};

// src/core/findings.ts
var FINDING_CODES = {
  "invalid-json": { severity: "error", hint: "Make the line one complete JSON object (check quotes, commas and braces)." },
  "invalid-utf8": { severity: "error", hint: "Re-save the file as UTF-8; the bytes shown are not valid UTF-8." },
  "utf8-bom": { severity: "info", hint: "Save the file without a byte-order mark; finetune-ci strips it, other tools may not." },
  "crlf-line-endings": { severity: "info", hint: "Convert to LF line endings (dos2unix); finetune-ci reads CRLF, other tools may not." },
  "no-final-newline": { severity: "info", hint: "End the file with a newline so the last line is not merged with appended data." },
  "line-too-long": { severity: "error", hint: "Split or shorten the example; lines over the configured maxLineBytes are not read." },
  "not-an-object": { severity: "error", hint: 'Each line must be a JSON object such as {"messages": [...]}.' },
  "missing-messages": { severity: "error", hint: 'Add a "messages" array of {role, content} objects.' },
  "message-missing-key": { severity: "error", hint: 'Every message needs a "role" (and content, tool_calls or function_call).' },
  "unrecognized-key": { severity: "warning", hint: "Remove the key or fix its spelling; OpenAI rejects unknown keys." },
  "unrecognized-role": { severity: "error", hint: "Use one of the roles system, developer, user, assistant, tool." },
  "missing-content": { severity: "error", hint: 'Give the message a string "content" (or content parts).' },
  "missing-assistant-message": { severity: "error", hint: "Add at least one assistant message: it is what the model learns to write." },
  "invalid-weight": { severity: "error", hint: 'Set "weight" to 0 (do not train on this turn) or 1, on assistant messages only.' },
  "invalid-tool-call": { severity: "error", hint: 'Give each tool call an id, type "function", a function name and JSON-string arguments; answer it with a tool message carrying the same tool_call_id.' },
  "invalid-preference": { severity: "error", hint: "A preference example needs input.messages, and preferred_output and non_preferred_output each holding one assistant message." },
  "deprecated-function-format": { severity: "warning", hint: 'Move from functions/function_call/role "function" to tools/tool_calls/role "tool".' },
  "too-few-examples": { severity: "error", hint: "OpenAI requires at least 10 training examples; 50-100 good ones is a sensible start." },
  "blank-line": { severity: "warning", hint: "Remove empty lines: OpenAI's validator rejects them." },
  "no-system-message": { severity: "warning", hint: "Add the same system message you will use in production." },
  "no-user-message": { severity: "warning", hint: "Add the user turn the assistant is answering." },
  "over-token-limit": { severity: "error", hint: "Shorten the example or split the conversation; tokens past the limit are truncated or the job fails." },
  "special-token": { severity: "error", hint: 'Remove or escape the special token text (for example "<|endoftext|>"): fine-tuning jobs reject it.' },
  "duplicate": { severity: "warning", hint: "Remove the repeated example: duplicates over-weight one pattern." },
  "near-duplicate": { severity: "warning", hint: "Keep the better of the two, or make them cover different cases." },
  "conflicting-answers": { severity: "error", hint: "Decide which answer is right and make the dataset consistent." },
  "holdout-leak": { severity: "error", hint: "Remove the example from one side: a leaked holdout example inflates evaluation scores." },
  "inconsistent-system-prompt": { severity: "warning", hint: "Use one system prompt for the whole dataset, the one you will ship." },
  "inconsistent-format": { severity: "warning", hint: "Write the answer in the same shape as the rest of the dataset." },
  "empty-assistant": { severity: "error", hint: "Write the answer, or drop the example." },
  "secret": { severity: "error", hint: "Remove the credential from the data and rotate it: it must never be uploaded." },
  "pii": { severity: "warning", hint: "Replace personal data with placeholders (jane@example.com, 555 numbers) unless you are allowed to train on it." },
  "class-imbalance": { severity: "warning", hint: "Add examples of the rare labels or down-sample the common ones." },
  "model-lifecycle": { severity: "warning", hint: "Plan the move to the self-hosted path (provider: self-hosted) before the date shown." },
  "findings-truncated": { severity: "info", hint: "Fix the reported ones first; all occurrences are counted in the summary." }
};
var ALL_CODES = Object.keys(FINDING_CODES);
var SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function severityRank(severity) {
  return SEVERITY_RANK[severity];
}
function compareFindings(a, b) {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code);
}
function severityAtLeast(severity, level) {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[level];
}

// src/core/findingCollector.ts
var FindingCollector = class {
  constructor(overrides = {}, keepPerCode = 1e3) {
    this.overrides = overrides;
    this.keepPerCode = keepPerCode;
  }
  overrides;
  keepPerCode;
  kept = [];
  counts = /* @__PURE__ */ new Map();
  suppressed = 0;
  severityOf(code) {
    return this.overrides[code] ?? FINDING_CODES[code].severity;
  }
  add(code, at, message, related) {
    const severity = this.severityOf(code);
    if (severity === "off") {
      this.suppressed++;
      return;
    }
    let entry = this.counts.get(code);
    if (!entry) {
      entry = { code, severity, count: 0, kept: 0 };
      this.counts.set(code, entry);
    }
    entry.count++;
    if (entry.kept >= this.keepPerCode) return;
    entry.kept++;
    const finding = { code, severity, file: at.file, line: at.line, message, hint: FINDING_CODES[code].hint };
    if (related) finding.related = related;
    this.kept.push(finding);
  }
  /** Kept findings, worst first. */
  findings() {
    return [...this.kept].sort(compareFindings);
  }
  codeCounts() {
    return [...this.counts.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
  }
  total(severity) {
    let n = 0;
    for (const c of this.counts.values()) if (c.severity === severity) n += c.count;
    return n;
  }
};

// src/core/quality/duplicates.ts
function findExactDuplicates(store, findings) {
  const firstOf = { train: /* @__PURE__ */ new Map(), holdout: /* @__PURE__ */ new Map() };
  const repeats = /* @__PURE__ */ new Set();
  for (let row = 0; row < store.size; row++) {
    const seen = firstOf[store.roleOf(row)];
    const key = store.exampleHash.get(row);
    const first = seen.get(key);
    if (first === void 0) {
      seen.set(key, row);
      continue;
    }
    repeats.add(row);
    findings.add("duplicate", store.locate(row), `same example as ${describe(store, first)} (after normalising case and whitespace)`, store.locate(first));
  }
  return repeats;
}
function findConflictingAnswers(store, findings) {
  const firstByPrompt = /* @__PURE__ */ new Map();
  for (const row of store.rowsOf("train")) {
    const prompt = store.promptHash.get(row);
    if (Number.isNaN(prompt)) continue;
    const first = firstByPrompt.get(prompt);
    if (first === void 0) {
      firstByPrompt.set(prompt, row);
      continue;
    }
    if (store.answerHash.get(first) !== store.answerHash.get(row)) {
      findings.add("conflicting-answers", store.locate(row), `same prompt as ${describe(store, first)} but a different answer`, store.locate(first));
    }
  }
}
function findExactLeaks(store, findings) {
  const trainByExample = /* @__PURE__ */ new Map();
  const trainByPrompt = /* @__PURE__ */ new Map();
  for (const row of store.rowsOf("train")) {
    if (!trainByExample.has(store.exampleHash.get(row))) trainByExample.set(store.exampleHash.get(row), row);
    const prompt = store.promptHash.get(row);
    if (!Number.isNaN(prompt) && !trainByPrompt.has(prompt)) trainByPrompt.set(prompt, row);
  }
  const leaked = /* @__PURE__ */ new Set();
  for (const row of store.rowsOf("holdout")) {
    const same = trainByExample.get(store.exampleHash.get(row));
    const samePrompt = same === void 0 ? trainByPrompt.get(store.promptHash.get(row)) : void 0;
    const train = same ?? samePrompt;
    if (train === void 0) continue;
    leaked.add(row);
    const what = same !== void 0 ? "the same example" : "the same prompt";
    findings.add("holdout-leak", store.locate(row), `${what} is in the training data at ${describe(store, train)}`, store.locate(train));
  }
  return leaked;
}
function describe(store, row) {
  const at = store.locate(row);
  return `${at.file}:${at.line}`;
}

// src/core/quality/nearDuplicates.ts
var BANDS = 16;
var ROWS_PER_BAND = SIGNATURE_SIZE / BANDS;
function findNearDuplicates(store, findings, options) {
  const n = store.size;
  const reported = { "near-duplicate": new Set(options.exactDuplicates), "holdout-leak": new Set(options.exactLeaks) };
  const isTrain = new Uint8Array(n);
  for (let row = 0; row < n; row++) isTrain[row] = store.roleOf(row) === "train" ? 1 : 0;
  const packed = new BigUint64Array(n);
  const halves = new Uint32Array(packed.buffer);
  for (let band = 0; band < BANDS; band++) {
    for (let row = 0; row < n; row++) {
      halves[2 * row] = row;
      halves[2 * row + 1] = bandKey(store, row, band);
    }
    packed.sort();
    for (let start = 0; start < n; ) {
      const key = halves[2 * start + 1];
      let end = start + 1;
      while (end < n && halves[2 * end + 1] === key) end++;
      if (end - start > 1) compareGroup(store, findings, options.threshold, reported, isTrain, halves, start, end);
      start = end;
    }
  }
}
function compareGroup(store, findings, threshold, reported, isTrain, halves, start, end) {
  let firstTrain = -1;
  let firstHoldout = -1;
  for (let i = start; i < end; i++) {
    const row = halves[2 * i];
    if (isTrain[row]) {
      if (firstTrain === -1) firstTrain = row;
      else consider(store, findings, threshold, reported, firstTrain, row, "near-duplicate");
      if (firstHoldout !== -1) consider(store, findings, threshold, reported, row, firstHoldout, "holdout-leak");
    } else {
      if (firstHoldout === -1) firstHoldout = row;
      else consider(store, findings, threshold, reported, firstHoldout, row, "near-duplicate");
      if (firstTrain !== -1) consider(store, findings, threshold, reported, firstTrain, row, "holdout-leak");
    }
  }
}
function bandKey(store, row, band) {
  const o = band * ROWS_PER_BAND;
  const sig = store.signature;
  const a = sig.at(row, o) << 16 | sig.at(row, o + 1);
  const b = sig.at(row, o + 2) << 16 | sig.at(row, o + 3);
  let x = Math.imul(a ^ 2654435769, 2246822507) ^ b;
  x = Math.imul(x ^ x >>> 15, 3266489909);
  return (x ^ x >>> 13) >>> 0;
}
function consider(store, findings, threshold, reported, first, second, code) {
  if (reported[code].has(second)) return;
  if (store.exampleHash.get(first) === store.exampleHash.get(second)) return;
  if (code === "near-duplicate" && store.promptHash.get(first) === store.promptHash.get(second)) return;
  const similarity = estimatedJaccard(store.signature.row(first), store.signature.row(second));
  if (similarity < threshold) return;
  reported[code].add(second);
  const percent = Math.round(similarity * 100);
  const message = code === "near-duplicate" ? `${percent}% similar to ${describe(store, first)} (MinHash estimate of word 3-shingle Jaccard)` : `${percent}% similar to the training example at ${describe(store, first)}`;
  findings.add(code, store.locate(second), message, store.locate(first));
}

// src/core/quality/consistency.ts
function checkSystemPrompts(store, findings, dominanceThreshold) {
  const rows = store.rowsOf("train").filter((r) => store.systemId.get(r) !== -1);
  const counts = /* @__PURE__ */ new Map();
  for (const r of rows) counts.set(store.systemId.get(r), (counts.get(store.systemId.get(r)) ?? 0) + 1);
  let dominant = -1;
  let best = 0;
  for (const [id, n] of counts) if (id !== -1 && n > best) [dominant, best] = [id, n];
  const withPrompt = rows.length;
  const share = withPrompt ? best / withPrompt : 0;
  if (dominant !== -1 && counts.size > 1 && share >= dominanceThreshold) {
    const reference = store.systemPrompts.firstRow[dominant];
    for (const r of rows) {
      if (store.systemId.get(r) === dominant) continue;
      findings.add(
        "inconsistent-system-prompt",
        store.locate(r),
        `system prompt differs from the one ${Math.round(share * 100)}% of examples use (first at ${describe(store, reference)})`,
        store.locate(reference)
      );
    }
  }
  return {
    examplesWithSystemPrompt: withPrompt,
    variants: counts.size,
    variantsCapped: store.systemPrompts.overflowed,
    dominantShare: share,
    dominantSample: dominant === -1 ? void 0 : store.systemSamples[dominant]
  };
}
function checkAnswerFormat(store, findings, jsonThreshold, keyThreshold) {
  const rows = store.rowsOf("train").filter((r) => store.shapeId.get(r) !== -1);
  const shapeOf = (r) => store.shapes.values[store.shapeId.get(r)];
  const jsonRows = rows.filter((r) => shapeOf(r).startsWith("json:"));
  const keyCounts = /* @__PURE__ */ new Map();
  for (const r of jsonRows) for (const key of keysOf(shapeOf(r))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  const commonKeys = [...keyCounts].filter(([, n]) => n / jsonRows.length >= keyThreshold).map(([k]) => k).sort();
  const jsonShare = rows.length ? jsonRows.length / rows.length : 0;
  if (jsonShare >= jsonThreshold && rows.length > jsonRows.length) {
    const percent = Math.round(jsonShare * 100);
    for (const r of rows) {
      if (!shapeOf(r).startsWith("json:")) findings.add("inconsistent-format", store.locate(r), `the answer is not a JSON object, while ${percent}% of answers are`);
    }
  }
  if (jsonShare >= jsonThreshold) {
    for (const r of jsonRows) {
      const keys = new Set(keysOf(shapeOf(r)));
      const missing = commonKeys.filter((k) => !keys.has(k));
      if (missing.length) findings.add("inconsistent-format", store.locate(r), `the JSON answer lacks ${missing.map((k) => `"${k}"`).join(", ")}, which most answers have`);
    }
  }
  return { answers: rows.length, jsonShare, commonKeys };
}
function keysOf(shape) {
  const list = shape.slice("json:".length);
  return list === "" ? [] : list.split("\0");
}

// src/core/quality/labels.ts
function checkLabels(store, findings, options) {
  const { labels } = store;
  if (labels.overflowed || labels.values.length < 2) return void 0;
  const train = store.rowsOf("train");
  const counts = /* @__PURE__ */ new Map();
  for (const r of train) {
    const id = store.labelId.get(r);
    if (id !== -1) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const labelled = [...counts.values()].reduce((a, b) => a + b, 0);
  if (train.length === 0 || labelled / train.length < options.minLabelledShare || labelled < 2 * counts.size) return void 0;
  const summary = [...counts].map(([id, count]) => ({ label: labels.values[id], count, share: count / labelled })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const most = summary[0];
  const least = summary[summary.length - 1];
  if (most.count / least.count >= options.imbalanceRatio) {
    const rareId = labels.ids.get(least.label);
    findings.add(
      "class-imbalance",
      store.locate(labels.firstRow[rareId]),
      `label "${least.label}" has ${least.count} example(s), "${most.label}" has ${most.count} (${(most.count / least.count).toFixed(1)}x)`
    );
  }
  return summary;
}

// src/core/stats/distribution.ts
var QUANTILE_METHOD = "linear interpolation between order statistics (numpy default, Hyndman-Fan type 7)";
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const a = sorted[lower];
  return a + (sorted[upper] - a) * (position - lower);
}
function distribution(values) {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, min: 0, max: 0, mean: 0, p5: 0, p50: 0, p95: 0 };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  return {
    count: n,
    min: sorted[0],
    max: sorted[n - 1],
    mean: sum / n,
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95)
  };
}

// src/core/dataset/engine.ts
var DatasetEngine = class {
  constructor(options) {
    this.options = options;
    this.store = new ExampleStore(options.maxLabels);
    this.findings = new FindingCollector(options.severities, options.maxFindingsPerCode);
  }
  options;
  store;
  findings;
  files = [];
  openFile(path, role) {
    const fileIndex = this.store.addFile(path, role);
    const summary = { path, role, format: this.options.format === "auto" ? void 0 : this.options.format, bytes: 0, lines: 0, examples: 0, invalidLines: 0, blankLines: 0 };
    this.files.push(summary);
    const add = this.findings.add.bind(this.findings);
    return {
      line: (physical) => {
        const at = { file: path, line: physical.line };
        switch (physical.kind) {
          case "blank":
            summary.blankLines++;
            add("blank-line", at, "empty line");
            return;
          case "invalid-utf8":
            summary.invalidLines++;
            add("invalid-utf8", at, `invalid UTF-8 at byte ${physical.byteOffset + 1} of the line`);
            return;
          case "too-long":
            summary.invalidLines++;
            add("line-too-long", at, `the line is ${physical.bytes} bytes, over the ${this.options.maxLineBytes}-byte limit (review.maxLineBytes)`);
            return;
          case "text":
            throw new Error("text lines are analysed first: pass them to analyzed()");
        }
      },
      analyzed: (lines, result) => {
        lines.forEach((l, i) => {
          const at = { file: path, line: l.line };
          const outcome = result.outcomes[i];
          if (outcome.kind === "invalid") {
            summary.invalidLines++;
            add(outcome.issue.code, at, outcome.issue.message);
            return;
          }
          const facts = outcome.facts;
          summary.format ??= facts.format;
          if (facts.format !== summary.format) {
            add(facts.format === "preference" ? "missing-messages" : "invalid-preference", at, `this line is a ${facts.format} example, but the file holds ${summary.format} examples (as its first example shows)`);
          }
          summary.examples++;
          for (const issue of facts.issues) add(issue.code, at, issue.message);
          this.store.add(fileIndex, l.line, facts, result.signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE));
        });
      },
      close: (facts) => {
        summary.bytes = facts.bytes;
        summary.lines = facts.lines;
        if (facts.bom) add("utf8-bom", { file: path, line: 1 }, "the file starts with a UTF-8 byte-order mark (stripped before reading)");
        if (facts.crlfLines > 0) add("crlf-line-endings", { file: path, line: facts.firstCrlfLine }, `${facts.crlfLines} line(s) end with CRLF (read as LF)`);
        if (!facts.finalNewline) add("no-final-newline", { file: path, line: facts.lines }, "the last line has no newline at its end (it was read)");
      }
    };
  }
  /** A finding that is not about a line's content (the target model's lifecycle, say). */
  note(code, at, message) {
    this.findings.add(code, at, message);
  }
  finish() {
    const { store, findings, options } = this;
    const trainExamples = this.files.filter((f) => f.role === "train").reduce((n, f) => n + f.examples, 0);
    const firstTrain = this.files.find((f) => f.role === "train");
    if (firstTrain && trainExamples < options.minExamples) {
      findings.add("too-few-examples", { file: firstTrain.path, line: 0 }, `${trainExamples} training example(s); at least ${options.minExamples} are required`);
    }
    const exactDuplicates = findExactDuplicates(store, findings);
    findConflictingAnswers(store, findings);
    const exactLeaks = findExactLeaks(store, findings);
    findNearDuplicates(store, findings, { threshold: options.nearDuplicateThreshold, exactDuplicates, exactLeaks });
    const systemPrompts = checkSystemPrompts(store, findings, options.systemPromptDominance);
    const answerFormat = checkAnswerFormat(store, findings, options.jsonAnswerShare, options.commonKeyShare);
    const labels = checkLabels(store, findings, { minLabelledShare: 0.9, imbalanceRatio: options.imbalanceRatio });
    return {
      files: this.files,
      findings: findings.findings(),
      codeCounts: findings.codeCounts(),
      totals: { errors: findings.total("error"), warnings: findings.total("warning"), infos: findings.total("info"), suppressed: findings.suppressed },
      train: this.roleStats("train"),
      holdout: this.roleStats("holdout"),
      systemPrompts,
      answerFormat,
      labels
    };
  }
  roleStats(role) {
    const { store } = this;
    const rows = store.rowsOf(role);
    const pick2 = (column) => Float64Array.from(rows, (r) => column.get(r));
    const tokens = pick2(store.tokens);
    let total = 0;
    let billed = 0;
    let overLimit = 0;
    for (const t of tokens) {
      total += t;
      billed += Math.min(t, this.options.tokenLimit);
      if (t > this.options.tokenLimit) overLimit++;
    }
    const mean = (values) => values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    return {
      examples: rows.length,
      messagesPerExample: distribution(pick2(store.messages)),
      tokensPerExample: distribution(tokens),
      assistantTokensPerExample: distribution(pick2(store.assistantTokens)),
      totalTokens: total,
      billedTokens: billed,
      overLimit,
      meanPromptTokens: mean(pick2(store.promptTokens)),
      meanAnswerTokens: mean(pick2(store.answerTokens))
    };
  }
};

// src/core/dataset/lines.ts
import { isUtf8 } from "node:buffer";
var NEWLINE = 10;
var CR = 13;
var LineSplitter = class {
  constructor(emit, maxLineBytes) {
    this.emit = emit;
    this.maxLineBytes = maxLineBytes;
  }
  emit;
  maxLineBytes;
  pending = [];
  pendingBytes = 0;
  skipping = false;
  lineNo = 0;
  bytes = 0;
  atStart = true;
  head = Buffer.alloc(0);
  sawBom = false;
  crlfLines = 0;
  firstCrlfLine = 0;
  lastByte = -1;
  push(input) {
    if (input.length === 0) return;
    let chunk = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.length);
    this.bytes += chunk.length;
    this.lastByte = chunk[chunk.length - 1];
    if (this.atStart) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length < 3) return;
      chunk = this.stripBom(this.head);
      this.head = Buffer.alloc(0);
    }
    this.split(chunk);
  }
  split(chunk) {
    let start = 0;
    for (; ; ) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl === -1) break;
      this.completeLine(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) this.keepPartial(chunk.subarray(start));
  }
  /** Ends the input: emits a last line that had no newline, and returns the file's facts. */
  end() {
    if (this.atStart && this.head.length > 0) {
      this.atStart = false;
      this.split(this.head);
    }
    if (this.pendingBytes > 0 || this.skipping) this.completeLine(Buffer.alloc(0));
    return {
      lines: this.lineNo,
      bytes: this.bytes,
      bom: this.sawBom,
      crlfLines: this.crlfLines,
      firstCrlfLine: this.firstCrlfLine,
      finalNewline: this.bytes === 0 || this.lastByte === NEWLINE
    };
  }
  stripBom(chunk) {
    this.atStart = false;
    if (chunk.length >= 3 && chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) {
      this.sawBom = true;
      return chunk.subarray(3);
    }
    return chunk;
  }
  keepPartial(part) {
    if (this.skipping) {
      this.pendingBytes += part.length;
      return;
    }
    this.pendingBytes += part.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.skipping = true;
      this.pending = [];
      return;
    }
    this.pending.push(Buffer.from(part));
  }
  completeLine(tail) {
    const line = ++this.lineNo;
    if (this.skipping) {
      const bytes2 = this.pendingBytes + tail.length;
      this.skipping = false;
      this.pending = [];
      this.pendingBytes = 0;
      this.emit({ kind: "too-long", line, bytes: bytes2 });
      return;
    }
    let bytes = tail;
    if (this.pending.length > 0) {
      this.pending.push(tail);
      bytes = Buffer.concat(this.pending, this.pendingBytes + tail.length);
      this.pending = [];
      this.pendingBytes = 0;
    }
    if (bytes.length > this.maxLineBytes) {
      this.emit({ kind: "too-long", line, bytes: bytes.length });
      return;
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
      bytes = bytes.subarray(0, bytes.length - 1);
      if (this.crlfLines++ === 0) this.firstCrlfLine = line;
    }
    if (isBlank(bytes)) {
      this.emit({ kind: "blank", line });
      return;
    }
    if (!isUtf8(bytes)) {
      this.emit({ kind: "invalid-utf8", line, byteOffset: firstInvalidUtf8(bytes) });
      return;
    }
    this.emit({ kind: "text", line, text: bytes.toString("utf8") });
  }
};
function isBlank(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 32 && b !== 9 && b !== CR) return false;
  }
  return true;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 128 ? 0 : b >= 194 && b <= 223 ? 1 : b >= 224 && b <= 239 ? 2 : b >= 240 && b <= 244 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    if (need > 0 && !isUtf8(bytes.subarray(i, i + need + 1))) return i;
    i += need + 1;
  }
  return bytes.length;
}

// src/adapters/parallel/tokenPool.ts
import { existsSync } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var MAX_QUEUED = 3;
var WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 };
var TokenPool = class _TokenPool {
  constructor(slots, inline) {
    this.slots = slots;
    this.inline = inline;
    for (const slot of slots) {
      slot.worker.on("message", (m) => {
        slot.queued--;
        this.complete(m.seq, m.response);
      });
      slot.worker.on("error", (e) => {
        this.failure = e;
        this.notify();
      });
    }
  }
  slots;
  inline;
  seq = 0;
  nextToDeliver = 0;
  waiting = /* @__PURE__ */ new Map();
  wake;
  failure;
  static async start(options) {
    const slots = [];
    const url = options.workerUrl;
    if (url && options.workers > 0 && existsSync(fileURLToPath2(url))) {
      for (let i = 0; i < options.workers; i++) {
        const worker = new Worker(url, { workerData: { encoding: options.encoding }, resourceLimits: WORKER_LIMITS });
        await new Promise((resolve4, reject) => {
          worker.once("message", () => resolve4());
          worker.once("error", reject);
        });
        slots.push({ worker, queued: 0 });
      }
    }
    const inline = slots.length ? void 0 : new TokenCounter(await loadTokenCounter(options.encoding));
    return new _TokenPool(slots, inline);
  }
  /** Worker threads in use (0: everything on the main thread). */
  get workers() {
    return this.slots.length;
  }
  async submit(request, deliver) {
    const seq = this.seq++;
    this.waiting.set(seq, { deliver });
    if (this.inline) {
      this.complete(seq, this.inline.answer(request));
      return;
    }
    let slot = this.freeSlot();
    while (!slot) {
      await new Promise((resolve4) => this.wake = resolve4);
      this.check();
      slot = this.freeSlot();
    }
    slot.queued++;
    slot.worker.postMessage({ seq, request });
  }
  /** Resolves once every submitted batch has been delivered. */
  async flush() {
    while (this.nextToDeliver < this.seq) {
      this.check();
      await new Promise((resolve4) => this.wake = resolve4);
    }
    this.check();
  }
  async close() {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
  freeSlot() {
    return this.slots.reduce((best, s) => s.queued < MAX_QUEUED && (!best || s.queued < best.queued) ? s : best, void 0);
  }
  check() {
    if (this.failure) throw this.failure;
  }
  complete(seq, response) {
    this.waiting.get(seq).response = response;
    for (let entry = this.waiting.get(this.nextToDeliver); entry?.response; entry = this.waiting.get(this.nextToDeliver)) {
      this.waiting.delete(this.nextToDeliver++);
      entry.deliver(entry.response);
    }
    this.notify();
  }
  notify() {
    const wake = this.wake;
    this.wake = void 0;
    wake?.();
  }
};

// src/core/cost/epochs.ts
var EPOCH_RULE = "OpenAI's auto rule: 3 epochs; if 3n < 100 then min(25, floor(100/n)); if 3n > 25000 then max(1, floor(25000/n))";
function defaultEpochs(examples) {
  const target = 3;
  if (examples <= 0) return target;
  if (target * examples < 100) return Math.min(25, Math.floor(100 / examples));
  if (target * examples > 25e3) return Math.max(1, Math.floor(25e3 / examples));
  return target;
}

// src/core/cost/openaiModels.ts
var PRICE_TABLE_DATE = "2025-06-01";
var PRICE_TABLE_SOURCE = "OpenAI pricing page (fine-tuning section), as published at that date";
var WIND_DOWN = "OpenAI is winding down self-serve fine-tuning: new jobs end on 2027-01-06 for the organisations still allowed.";
var OPENAI_MODELS = {
  "gpt-4o-2024-08-06": { trainingPerMillion: 25, inputPerMillion: 3.75, outputPerMillion: 15, trainingTokenLimit: 65536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4o-mini-2024-07-18": { trainingPerMillion: 3, inputPerMillion: 0.3, outputPerMillion: 1.2, trainingTokenLimit: 65536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-2025-04-14": { trainingPerMillion: 25, inputPerMillion: 3, outputPerMillion: 12, trainingTokenLimit: 65536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-mini-2025-04-14": { trainingPerMillion: 5, inputPerMillion: 0.8, outputPerMillion: 3.2, trainingTokenLimit: 65536, lifecycle: { newJobsEnd: "2027-01-06", retires: "2027-01-14", note: WIND_DOWN } },
  "gpt-4.1-nano-2025-04-14": { trainingPerMillion: 1.5, inputPerMillion: 0.2, outputPerMillion: 0.8, trainingTokenLimit: 65536, lifecycle: { retires: "2026-10-23", note: "The snapshot was reportedly retired on 2026-10-23: new jobs on it fail." } },
  "gpt-3.5-turbo-0125": { trainingPerMillion: 8, inputPerMillion: 3, outputPerMillion: 6, trainingTokenLimit: 16385, lifecycle: { newJobsEnd: "2027-01-06", note: WIND_DOWN } }
};
var ALIASES = {
  "gpt-4o": "gpt-4o-2024-08-06",
  "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
  "gpt-4.1": "gpt-4.1-2025-04-14",
  "gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano": "gpt-4.1-nano-2025-04-14",
  "gpt-3.5-turbo": "gpt-3.5-turbo-0125"
};
function resolveModelName(model) {
  return ALIASES[model] ?? model;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function lifecycleOn(lifecycle, today) {
  if (!lifecycle) return { status: "unknown" };
  if (lifecycle.retires && daysBetween(today, lifecycle.retires) <= 0) return { ...lifecycle, status: "retired", daysLeft: daysBetween(today, lifecycle.retires) };
  if (lifecycle.newJobsEnd) {
    const left = daysBetween(today, lifecycle.newJobsEnd);
    if (left < 0) return { ...lifecycle, status: "no-new-jobs", daysLeft: lifecycle.retires ? daysBetween(today, lifecycle.retires) : left };
    return { ...lifecycle, status: left <= 90 ? "jobs-ending" : "available", daysLeft: left };
  }
  return { ...lifecycle, status: "available" };
}

// src/core/cost/selfHosted.ts
var GPU_PRICE_DATE = "2026-11";
var DEFAULT_GPUS = {
  A100: { peakTflops: 312, usdPerHour: 1.8 },
  H100: { peakTflops: 989, usdPerHour: 3 }
};
var FLOPS_PER_PARAM_TOKEN = 6;
function estimateSelfHosted(input) {
  const flops = FLOPS_PER_PARAM_TOKEN * input.modelParams * input.tokens;
  const seconds = flops / (input.gpuType.peakTflops * 1e12 * input.utilisation);
  const gpuHours = seconds / 3600;
  return {
    modelParams: input.modelParams,
    gpu: input.gpu,
    utilisation: input.utilisation,
    flops,
    gpuHours,
    usd: gpuHours * input.gpuType.usdPerHour,
    usdPerHour: input.gpuType.usdPerHour,
    priceDate: GPU_PRICE_DATE
  };
}

// src/core/cost/estimate.ts
var FALLBACK_TOKEN_LIMIT = 65536;
function modelFacts(model, overrides, today) {
  const name = resolveModelName(model);
  const known = OPENAI_MODELS[name];
  const over = overrides[name] ?? overrides[model] ?? {};
  const merged = { ...known, ...over };
  const priced = merged.trainingPerMillion !== void 0 && merged.inputPerMillion !== void 0 && merged.outputPerMillion !== void 0;
  const lifecycle = known?.lifecycle || over.newJobsEnd || over.retires ? { ...known?.lifecycle, ...pick(over) } : void 0;
  return {
    name,
    priced,
    price: priced ? { trainingPerMillion: merged.trainingPerMillion, inputPerMillion: merged.inputPerMillion, outputPerMillion: merged.outputPerMillion } : void 0,
    priceSource: Object.keys(over).length ? "config file (models)" : `${PRICE_TABLE_SOURCE} (${PRICE_TABLE_DATE})`,
    trainingTokenLimit: merged.trainingTokenLimit ?? FALLBACK_TOKEN_LIMIT,
    lifecycle: lifecycleOn(lifecycle, today)
  };
}
function pick(over) {
  const out = {};
  if (over.newJobsEnd) out.newJobsEnd = over.newJobsEnd;
  if (over.retires) out.retires = over.retires;
  return out;
}
function estimateCost(input, model, selfHosted) {
  const epochs = defaultEpochs(input.examples);
  const charged = input.billedTokens * epochs;
  const price = model.price;
  const gpus = { ...DEFAULT_GPUS, ...selfHosted.gpus };
  const gpuType = gpus[selfHosted.gpu];
  if (!gpuType) throw new Error(`selfHosted.gpu "${selfHosted.gpu}" is not one of ${Object.keys(gpus).join(", ")}`);
  const trainedTokens = input.totalTokens * epochs;
  return {
    epochs,
    epochsRule: EPOCH_RULE,
    billedTokens: input.billedTokens,
    chargedTokens: charged,
    trainingUsd: price ? charged / 1e6 * price.trainingPerMillion : null,
    inference: {
      promptTokens: input.meanPromptTokens,
      completionTokens: input.meanAnswerTokens,
      usdPer1000Requests: price ? 1e3 * (input.meanPromptTokens * price.inputPerMillion + input.meanAnswerTokens * price.outputPerMillion) / 1e6 : null
    },
    selfHosted: {
      ...estimateSelfHosted({ modelParams: selfHosted.modelParams, tokens: trainedTokens, gpu: selfHosted.gpu, gpuType, utilisation: selfHosted.utilisation }),
      baseModel: selfHosted.baseModel,
      trainedTokens
    }
  };
}

// src/report/model.ts
var REPORT_SCHEMA_VERSION = 1;

// src/report/buildReviewReport.ts
function buildReviewReport(analysis, context) {
  const sum = (pick2) => analysis.files.reduce((n, f) => n + pick2(f), 0);
  const { errors, warnings, infos, suppressed } = analysis.totals;
  const failing = context.failOn === "never" ? 0 : analysis.codeCounts.filter((c) => severityAtLeast(c.severity, context.failOn)).reduce((n, c) => n + c.count, 0);
  const failed = failing > 0;
  const train = analysis.train;
  const holdoutExamples = analysis.holdout.examples;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "finetune-ci", version: context.version },
    generatedAt: context.generatedAt,
    verdict: {
      failOn: context.failOn,
      failed,
      summary: failed ? `${failing} finding(s) at or above "${context.failOn}": fix them before training` : context.failOn === "never" ? "not gating (fail-on: never)" : `no finding at or above "${context.failOn}"`
    },
    model: { ...context.model, encoding: context.encoding },
    files: analysis.files,
    summary: {
      files: analysis.files.length,
      lines: sum((f) => f.lines),
      examples: sum((f) => f.examples),
      invalidLines: sum((f) => f.invalidLines),
      blankLines: sum((f) => f.blankLines),
      errors,
      warnings,
      infos,
      suppressed
    },
    findings: analysis.findings,
    findingCounts: analysis.codeCounts,
    tokens: {
      encoding: context.encoding,
      total: train.totalTokens,
      billed: train.billedTokens,
      limit: context.model.trainingTokenLimit,
      overLimit: train.overLimit,
      perExample: train.tokensPerExample,
      assistantPerExample: train.assistantTokensPerExample,
      quantileMethod: QUANTILE_METHOD
    },
    stats: {
      trainExamples: train.examples,
      holdoutExamples,
      holdoutShare: train.examples + holdoutExamples ? holdoutExamples / (train.examples + holdoutExamples) : 0,
      messagesPerExample: train.messagesPerExample,
      holdout: analysis.holdout,
      systemPrompts: analysis.systemPrompts,
      answerFormat: analysis.answerFormat,
      labels: analysis.labels ?? null
    },
    cost: context.cost
  };
}

// src/review/reviewDatasets.ts
var BATCH_LINES = 512;
var BATCH_CHARS = 1 << 20;
async function reviewDatasets(input) {
  const { settings } = input;
  const model = modelFacts(settings.model, settings.models, input.today);
  const encoding = encodingForModel(model.name);
  const tokenLimit = settings.review.trainingTokenLimit ?? model.trainingTokenLimit;
  const engine = new DatasetEngine({ ...settings.review, format: settings.format, tokenLimit, severities: settings.severities });
  const analyzer = { format: settings.format === "auto" ? void 0 : settings.format, tokenLimit, labelMaxChars: settings.review.labelMaxChars };
  const rules = new RuleAnalyzer(analyzer);
  const pool = await TokenPool.start({
    encoding,
    workers: input.workers ?? settings.review.workers,
    workerUrl: input.workerUrl
  });
  try {
    for (const file of input.files) {
      const session = engine.openFile(file.path, file.role);
      const ready = [];
      let batch = [];
      let batchChars = 0;
      const cut = () => {
        if (batch.length) ready.push(batch);
        batch = [];
        batchChars = 0;
      };
      const dispatch = async () => {
        for (const lines of ready.splice(0)) {
          const batch2 = rules.analyze(lines);
          await pool.submit(batch2.request, (response) => session.analyzed(lines, rules.join(batch2, response)));
        }
      };
      const splitter = new LineSplitter((line) => {
        if (line.kind !== "text") return session.line(line);
        batch.push(line);
        batchChars += line.text.length;
        if (batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) cut();
      }, settings.review.maxLineBytes);
      for await (const chunk of input.readFile(file.path)) {
        splitter.push(chunk);
        input.onBytes?.(chunk.length);
        await dispatch();
      }
      const facts = splitter.end();
      cut();
      await dispatch();
      await pool.flush();
      session.close(facts);
    }
  } finally {
    await pool.close();
  }
  const lifecycle = model.lifecycle;
  if (lifecycle.status !== "available" && lifecycle.status !== "unknown") {
    const where = { file: input.files.find((f) => f.role === "train")?.path ?? input.files[0]?.path ?? "(config)", line: 0 };
    const dates = [lifecycle.newJobsEnd && `new fine-tuning jobs end ${lifecycle.newJobsEnd}`, lifecycle.retires && `the snapshot retires ${lifecycle.retires}`].filter(Boolean).join("; ");
    engine.note("model-lifecycle", where, `${model.name}: ${lifecycle.status === "retired" ? "retired" : lifecycle.status === "no-new-jobs" ? "no new jobs accepted" : "ending soon"} (${dates}). ${lifecycle.note ?? ""}`.trim());
  }
  const analysis = engine.finish();
  const cost = estimateCost(
    {
      examples: analysis.train.examples,
      totalTokens: analysis.train.totalTokens,
      billedTokens: analysis.train.billedTokens,
      meanPromptTokens: analysis.train.meanPromptTokens,
      meanAnswerTokens: analysis.train.meanAnswerTokens
    },
    { ...model, trainingTokenLimit: tokenLimit },
    settings.selfHosted
  );
  return buildReviewReport(analysis, {
    version: input.version,
    generatedAt: input.generatedAt,
    failOn: settings.failOn,
    model: { ...model, trainingTokenLimit: tokenLimit },
    encoding,
    cost
  });
}

export {
  InputError,
  readFileChunks,
  expandPaths,
  LineSplitter,
  reviewDatasets
};
