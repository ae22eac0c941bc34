// English texts of the city's setup checklist (/admin/setup). Spread into en.ts.

export const enSetup = {
  'setup.title': 'Set up the city',
  'setup.lead':
    'What the city needs before residents can use it. Each line is checked against the live database; the last one tries a report out end to end without saving it.',
  'setup.ready': 'A resident can file a report here.',
  'setup.notReady': 'Residents cannot file reports yet: finish the lines marked “needed”.',
  'setup.state.ok': 'Done',
  'setup.state.missing': 'Needed',
  'setup.state.advice': 'Advice',
  'setup.fix': 'Open',
  'setup.recheck': 'Check again',
  'setup.complete': 'Finish the setup',
  'setup.completed': 'The setup was finished on {{at}}. You can come back to this checklist at any time.',
  'setup.banner': 'The city is not set up yet.',
  'setup.bannerLink': 'Continue the setup',
};
