/** en texts of what comes after an event (minutes, check-in) and of meetings opened on a poll, initiative or project. */
export const enEventsAfter = {
  'eventsAfter.sourceLead.poll': 'A meeting on the result of the poll',
  'eventsAfter.sourceLead.initiative': 'A meeting on the initiative',
  'eventsAfter.sourceLead.crowd_project': 'A meeting on the crowdsourcing project',
  'eventsAfter.minutesTitle': 'Minutes',
  'eventsAfter.minutesPublished': 'Published {{when}}',
  'eventsAfter.decisionsTitle': 'Decisions',
  'eventsAfter.photosLabel': 'Photos',
  'eventsAfter.photoAlt': 'A photo from the event',
  'eventsAfter.checkedIn': 'You are marked present.',
  'eventsAfter.checkInLabel': 'Code at the door',
  'eventsAfter.checkInHint': 'Enter the code the organiser shows: you will be marked present.',
  'eventsAfter.checkIn': 'Check in',
  'eventsAfter.meetingsTitle': 'Meetings on the result',
  'eventsAfter.openMeeting': 'Open a meeting on the result',
} as const;
