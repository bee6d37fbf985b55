// html-validate for the release index.html (tests/e2e/validate.test.mjs):
// the recommended rules, with four formatting rules off, all about markup
// Trunk writes, not ours:
// - no-trailing-whitespace: Trunk leaves indentation where it takes out its
//   <link data-trunk> tags;
// - void-style: Trunk writes its stylesheet links as <link … />;
// - doctype-style, attr-quotes: Trunk's release minifier (Trunk.toml
//   `minify`) writes the template's `<!doctype html>` in lower case and drops
//   the quotes around simple attribute values (`lang=zh-CN`). Both are valid
//   HTML syntax; the rules only prefer one spelling.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'attr-quotes': 'off',
  },
};
