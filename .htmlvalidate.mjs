// html-validate configuration for the built site (tests/build/quality.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are "<headline> · <dossier title>"; news headlines run past the
    // 70-character search-snippet heuristic, and cutting them would hide what the page is.
    'long-title': ['error', { maxlength: 170 }],
    // Several checkboxes of one filter share a name by design (kind=Person&kind=Article);
    // the default only allows that for radio buttons.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
