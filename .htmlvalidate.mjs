// html-validate for the release index.html (tests/e2e/validate.test.mjs):
// the recommended rules, with two formatting rules off, both about markup
// Trunk writes, not ours:
// - no-trailing-whitespace: Trunk leaves indentation where it takes out its
//   <link data-trunk> tags;
// - void-style: Trunk writes its preload links as <link … />.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'no-trailing-whitespace': 'off',
    'void-style': 'off',
  },
};
