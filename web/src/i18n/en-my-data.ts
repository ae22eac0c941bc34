// English texts of "my data" (152-FZ, GDPR): the profile's section (`profile.myData.`, account group), the page after a
// deletion and the privacy page (`privacy.`, account group), and how a deleted author reads (`person.deletedAccount`).
// Spread into en.ts.

export const enMyData = {
  'person.deletedAccount': 'deleted account',
  'layout.privacyLink': 'Privacy',
  'register.privacyLink': 'What we keep about you and why',
  'profile.myData.title': 'My data',
  'profile.myData.lead': 'Download everything Gorod keeps about you, or delete your account.',
  'profile.myData.download': 'Download my data (ZIP)',
  'profile.myData.downloadHint': 'A ZIP file with one JSON file per part of the site and the pictures you uploaded. Only your own data.',
  'profile.myData.deleteTitle': 'Delete my account',
  'profile.myData.deleteWarning':
    'Your name, e-mail, district, saved places, verification, notifications and sessions are erased at once and cannot be restored. Your ballots and poll answers stay counted, linked to no one.',
  'profile.myData.content': 'What you wrote (comments, discussions)',
  'profile.myData.content.anonymise': 'Keep it, shown as written by a “deleted account”',
  'profile.myData.content.remove': 'Remove it (a comment others answered stays as a “deleted” placeholder)',
  'profile.myData.password': 'Your password, to confirm',
  'profile.myData.codeLead':
    'Your account has no password: you sign in through an identity provider. To confirm it is you, we send a one-time code to {{email}}.',
  'profile.myData.sendCode': 'Send the code',
  'profile.myData.sendCodeAgain': 'Send a new code',
  'profile.myData.codeSent': 'We sent a code to {{email}}. It works until {{time}}; a new code replaces it.',
  'profile.myData.code': 'Code from the e-mail',
  'profile.myData.deleteButton': 'Delete my account',
  'profile.myData.privacyLink': 'What we keep and why',
  'profile.myData.deletedTitle': 'Your account is deleted',
  'profile.myData.deletedText': 'You are signed out. Your personal data is erased; what you chose to keep shows as written by a “deleted account”.',
  'profile.myData.deletedReference': 'Reference of the deletion in the public log: {{reference}}',
  'profile.myData.deletedHome': 'Go to the home page',
  'privacy.title': 'Privacy: what we keep and why',
  'privacy.lead':
    'Gorod keeps only what it needs to let you report problems, vote and take part, under the Russian law on personal data (152-FZ) and the GDPR. Here is what, why, for how long, who sees it, and how to take it away.',
  'privacy.keptTitle': 'What we keep and why',
  'privacy.kept.account': 'Your account: e-mail, name, district and language — to sign you in, write to you and show what is near you.',
  'privacy.kept.verification':
    'Verification: your district and birth date, and a keyed hash of your document (never the number itself) — to check who may vote where.',
  'privacy.kept.content': 'What you publish: reports, comments, discussions, proposals, ideas, initiatives — public, under your name.',
  'privacy.kept.votes':
    'Your ballots and poll answers: counted anonymously; the link to you only stops voting twice and lets you change your ballot while voting is open.',
  'privacy.kept.places': 'Saved places, area alerts, follows and notifications — to tell you what you asked about.',
  'privacy.kept.sessions': 'Sessions: the device you signed in from, to keep you signed in.',
  'privacy.howLongTitle': 'For how long',
  'privacy.howLong.account': 'Your account and what you publish: until you delete the account.',
  'privacy.howLong.sessions': 'A session: 30 days after you last used it. A link in an e-mail: 72 hours (confirmation) or one hour (password).',
  'privacy.howLong.identity':
    'After you delete the account, if a vote, poll or initiative you took part in is still open: the keyed fingerprint of the phone or document that verified you (never the number itself, linked to no account) until it closes, so that no one votes twice under a new account.',
  'privacy.howLong.backups': 'Backups: deleted data leaves them when the old backups are replaced, on the city’s backup schedule.',
  'privacy.whoTitle': 'Who sees what',
  'privacy.who.public': 'Everyone: your name and what you publish. Never your e-mail, phone, address or how you voted.',
  'privacy.who.staff':
    'Staff, for their task only: officials see the reports sent to their department, moderators the content waiting for a check, verifiers what you show to be verified, administrators accounts.',
  'privacy.who.log': 'The public log of privileged acts names roles, never people.',
  'privacy.rightsTitle': 'Download or delete your data',
  'privacy.rights.download':
    'Download: Profile → My data → “Download my data”: a ZIP with everything kept about you. Nobody can download another person’s data.',
  'privacy.rights.delete':
    'Delete: Profile → My data → “Delete my account”, confirmed with your password — or, for an account you sign in to through an identity provider (no password), with a one-time code we e-mail you, valid 15 minutes. You choose whether what you wrote stays (as a “deleted account”) or goes.',
  'privacy.rights.stays':
    'What stays in every case: your ballots and poll answers, counted and linked to no one; your reports, as the department’s case files without your name; an official’s answers, as the city’s acts, under the department; and a line in the public log saying an account was deleted, with a reference that leads to no one.',
  'privacy.profileLink': 'Go to My data in your profile',
} as const;
