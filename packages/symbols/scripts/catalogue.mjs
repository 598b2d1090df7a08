// The picture catalogue: which openly licensed icon each key uses, with its alt text in
// English and Welsh. `scripts/generate.mjs` turns it into `src/picture*.generated.ts`.
//
// An entry is one of:
//   { key, icon: 'set:name', en, cy }                    one icon from a set
//   { key, layers: [{ icon, x, y, size, mirror? }], en, cy }  icons placed together in a 32 box
//   { key, custom: '<svg body>', width, height, en, cy }    drawn for this package (MIT, ours)
//   { key, alias: 'otherKey', en, cy }                    the same picture as another key
// Sets: `fluent` = @iconify-json/fluent-emoji-flat, `health` = @iconify-json/healthicons.
// Prefer fluent (colourful, friendly for easy read); health for care things it lacks.

/** @type {Array<Record<string, unknown>>} */
export const catalogue = [
  // People
  { key: 'person', icon: 'fluent:person', en: 'A person', cy: 'Person' },
  { key: 'me', alias: 'person', en: 'Me', cy: 'Fi' },
  {
    key: 'family',
    layers: [
      { icon: 'fluent:man', x: 0, y: 0, size: 18 },
      { icon: 'fluent:woman', x: 14, y: 0, size: 18 },
      { icon: 'fluent:child', x: 8.5, y: 15, size: 15 },
    ],
    en: 'Family',
    cy: 'Teulu',
  },
  { key: 'family-friends', alias: 'family', en: 'Family and friends', cy: 'Teulu a ffrindiau' },
  { key: 'friends', icon: 'fluent:people-hugging', en: 'Friends', cy: 'Ffrindiau' },
  { key: 'relationships', alias: 'friends', en: 'Relationships and family', cy: 'Perthnasoedd a theulu' },
  { key: 'group', icon: 'fluent:busts-in-silhouette', en: 'A group of people', cy: 'Grŵp o bobl' },
  { key: 'carer', icon: 'fluent:heart-hands', en: 'A carer', cy: 'Gofalwr' },
  {
    key: 'advocate',
    icon: 'fluent:megaphone',
    en: 'An advocate: someone who speaks up for you',
    cy: 'Eiriolwr: rhywun sy’n siarad ar eich rhan',
  },
  { key: 'doctor', icon: 'fluent:health-worker', en: 'A doctor', cy: 'Meddyg' },
  { key: 'nurse', icon: 'health:nurse', en: 'A nurse', cy: 'Nyrs' },
  { key: 'social-worker', icon: 'health:social-work', en: 'A social worker', cy: 'Gweithiwr cymdeithasol' },
  { key: 'workforce', icon: 'fluent:office-worker', en: 'Staff and workers', cy: 'Staff a gweithwyr' },
  { key: 'police', icon: 'fluent:police-officer', en: 'The police', cy: 'Yr heddlu' },
  {
    key: 'wheelchair',
    icon: 'fluent:person-in-manual-wheelchair',
    en: 'A person in a wheelchair',
    cy: 'Person mewn cadair olwyn',
  },

  // Places
  { key: 'home', icon: 'fluent:house', en: 'Home', cy: 'Cartref' },
  { key: 'housing', icon: 'fluent:house-with-garden', en: 'Housing', cy: 'Tai' },
  {
    key: 'house-search',
    layers: [
      { icon: 'fluent:house', x: 0, y: 0, size: 26 },
      { icon: 'fluent:magnifying-glass-tilted-left', x: 13, y: 13, size: 19 },
    ],
    en: 'Looking for a home',
    cy: 'Chwilio am gartref',
  },
  { key: 'community', icon: 'fluent:houses', en: 'Community', cy: 'Cymuned' },
  { key: 'hospital', icon: 'fluent:hospital', en: 'A hospital', cy: 'Ysbyty' },
  { key: 'shop', icon: 'fluent:convenience-store', en: 'A shop', cy: 'Siop' },
  { key: 'school', icon: 'fluent:school', en: 'A school', cy: 'Ysgol' },
  { key: 'college', icon: 'fluent:graduation-cap', en: 'College', cy: 'Coleg' },
  {
    key: 'universal',
    icon: 'fluent:classical-building',
    en: 'Services for everyone',
    cy: 'Gwasanaethau i bawb',
  },
  {
    key: 'targeted',
    icon: 'fluent:round-pushpin',
    en: 'Services for some people',
    cy: 'Gwasanaethau i rai pobl',
  },
  { key: 'specialist', icon: 'fluent:microscope', en: 'Specialist services', cy: 'Gwasanaethau arbenigol' },
  {
    key: 'residential',
    icon: 'fluent:hotel',
    en: 'Living in a care home or away from home',
    cy: 'Byw mewn cartref gofal neu oddi cartref',
  },
  { key: 'garden', icon: 'fluent:potted-plant', en: 'Gardening', cy: 'Garddio' },

  // Life areas
  { key: 'health', icon: 'fluent:stethoscope', en: 'Health and wellbeing', cy: 'Iechyd a lles' },
  {
    key: 'work-learning',
    layers: [
      { icon: 'fluent:books', x: 0, y: 0, size: 20 },
      { icon: 'fluent:briefcase', x: 11, y: 11, size: 21 },
    ],
    en: 'Work and learning',
    cy: 'Gwaith a dysgu',
  },
  { key: 'money', icon: 'fluent:pound-banknote', en: 'Money', cy: 'Arian' },
  { key: 'daily-living', icon: 'fluent:couch-and-lamp', en: 'Daily living', cy: 'Bywyd bob dydd' },
  { key: 'safe', icon: 'fluent:shield', en: 'Safe', cy: 'Yn ddiogel' },
  { key: 'safety', alias: 'safe', en: 'Staying safe', cy: 'Cadw’n ddiogel' },

  // Things and ideas
  { key: 'medicine', icon: 'fluent:pill', en: 'Medicine', cy: 'Meddyginiaeth' },
  { key: 'pills', alias: 'medicine', en: 'Pills', cy: 'Tabledi' },
  { key: 'phone', icon: 'fluent:mobile-phone', en: 'A phone', cy: 'Ffôn' },
  { key: 'work', icon: 'fluent:briefcase', en: 'Work', cy: 'Gwaith' },
  { key: 'learn', icon: 'fluent:books', en: 'Learning', cy: 'Dysgu' },
  { key: 'food', icon: 'fluent:fork-and-knife-with-plate', en: 'Food', cy: 'Bwyd' },
  { key: 'calendar', icon: 'fluent:spiral-calendar', en: 'A calendar', cy: 'Calendr' },
  { key: 'clock', icon: 'fluent:three-oclock', en: 'A clock', cy: 'Cloc' },
  { key: 'help', icon: 'fluent:person-raising-hand', en: 'Asking for help', cy: 'Gofyn am help' },
  { key: 'talk', icon: 'fluent:speaking-head', en: 'Talking', cy: 'Siarad' },
  { key: 'chat', icon: 'fluent:speech-balloon', en: 'Chatting', cy: 'Sgwrsio' },
  { key: 'heart', icon: 'fluent:red-heart', en: 'A heart', cy: 'Calon' },
  { key: 'star', icon: 'fluent:star', en: 'A star', cy: 'Seren' },
  { key: 'ladder', icon: 'fluent:ladder', en: 'A ladder', cy: 'Ysgol i ddringo' },
  { key: 'decision', icon: 'fluent:thinking-face', en: 'Making a decision', cy: 'Gwneud penderfyniad' },
  {
    key: 'barrier',
    icon: 'fluent:construction',
    en: 'A barrier: something in the way',
    cy: 'Rhwystr: rhywbeth yn y ffordd',
  },
  { key: 'share', icon: 'fluent:outbox-tray', en: 'Sharing', cy: 'Rhannu' },
  { key: 'agree', icon: 'fluent:handshake', en: 'Agreeing', cy: 'Cytuno' },
  {
    key: 'review',
    icon: 'fluent:magnifying-glass-tilted-left',
    en: 'Checking how it is going',
    cy: 'Gwirio sut mae pethau’n mynd',
  },
  { key: 'car', icon: 'fluent:automobile', en: 'A car', cy: 'Car' },
  { key: 'bus', icon: 'fluent:bus', en: 'A bus', cy: 'Bws' },
  { key: 'train', icon: 'fluent:station', en: 'A train', cy: 'Trên' },
  { key: 'taxi', icon: 'fluent:oncoming-taxi', en: 'A taxi', cy: 'Tacsi' },
  { key: 'ambulance', icon: 'fluent:ambulance', en: 'An ambulance', cy: 'Ambiwlans' },
  { key: 'shopping', icon: 'fluent:shopping-cart', en: 'Shopping', cy: 'Siopa' },
  { key: 'question', icon: 'fluent:red-question-mark', en: 'A question', cy: 'Cwestiwn' },
  { key: 'tick', icon: 'fluent:check-mark-button', en: 'A tick: yes', cy: 'Tic: ie' },
  { key: 'yes', alias: 'tick', en: 'Yes', cy: 'Ie' },
  { key: 'no', icon: 'fluent:cross-mark', en: 'A cross: no', cy: 'Croes: na' },
  { key: 'warning', icon: 'fluent:warning', en: 'Warning', cy: 'Rhybudd' },
  { key: 'ear', icon: 'fluent:ear', en: 'An ear', cy: 'Clust' },
  { key: 'eye', icon: 'fluent:eye', en: 'An eye', cy: 'Llygad' },
  { key: 'hands', icon: 'fluent:open-hands', en: 'Hands', cy: 'Dwylo' },
  { key: 'pen', icon: 'fluent:pen', en: 'A pen', cy: 'Beiro' },
  { key: 'thumbs-up', icon: 'fluent:thumbs-up', en: 'Thumbs up: good', cy: 'Bawd i fyny: da' },
  {
    key: 'thumbs-down',
    icon: 'fluent:thumbs-down',
    en: 'Thumbs down: not good',
    cy: 'Bawd i lawr: ddim yn dda',
  },
  {
    key: 'strength',
    icon: 'fluent:flexed-biceps',
    en: 'Something I am good at',
    cy: 'Rhywbeth rydw i’n dda am ei wneud',
  },
  { key: 'goal', icon: 'fluent:bullseye', en: 'A goal', cy: 'Nod' },
  { key: 'plan', icon: 'fluent:clipboard', en: 'A plan', cy: 'Cynllun' },
  { key: 'meeting', icon: 'health:group-discussion-meeting', en: 'A meeting', cy: 'Cyfarfod' },
  { key: 'information', icon: 'fluent:information', en: 'Information', cy: 'Gwybodaeth' },
  { key: 'private', icon: 'fluent:locked', en: 'Private', cy: 'Preifat' },
  { key: 'birthday', icon: 'fluent:birthday-cake', en: 'A birthday', cy: 'Pen-blwydd' },
  { key: 'camera', icon: 'fluent:camera', en: 'A photo', cy: 'Llun' },

  // Barrier themes
  {
    key: 'funding-health-social-care',
    layers: [
      { icon: 'fluent:hospital', x: 0, y: 0, size: 21 },
      { icon: 'fluent:pound-banknote', x: 11, y: 11, size: 21 },
    ],
    en: 'Money for health and social care',
    cy: 'Arian ar gyfer iechyd a gofal cymdeithasol',
  },
  {
    key: 'information-sharing',
    icon: 'fluent:envelope-with-arrow',
    en: 'Sharing information',
    cy: 'Rhannu gwybodaeth',
  },
  { key: 'waiting-lists', icon: 'fluent:hourglass-not-done', en: 'Waiting lists', cy: 'Rhestrau aros' },
  {
    key: 'eligibility',
    icon: 'fluent:admission-tickets',
    en: 'Who can get a service',
    cy: 'Pwy sy’n gallu cael gwasanaeth',
  },
  { key: 'benefits', icon: 'fluent:coin', en: 'Benefits', cy: 'Budd-daliadau' },
  {
    key: 'legal-process',
    icon: 'fluent:balance-scale',
    en: 'The law and courts',
    cy: 'Y gyfraith a’r llysoedd',
  },
  { key: 'transport', icon: 'fluent:bus-stop', en: 'Transport', cy: 'Trafnidiaeth' },
  { key: 'other', icon: 'fluent:puzzle-piece', en: 'Something else', cy: 'Rhywbeth arall' },

  // Communication and access
  { key: 'sign-language', icon: 'health:american-sign-language', en: 'Sign language', cy: 'Iaith arwyddion' },
  {
    key: 'interpreter',
    layers: [
      { icon: 'fluent:speaking-head', x: 0, y: 4, size: 24 },
      { icon: 'fluent:globe-with-meridians', x: 17, y: 0, size: 15 },
    ],
    en: 'An interpreter',
    cy: 'Cyfieithydd',
  },
  { key: 'easy-read', icon: 'fluent:open-book', en: 'Easy read', cy: 'Hawdd ei ddarllen' },
  { key: 'large-print', icon: 'fluent:input-latin-uppercase', en: 'Large print', cy: 'Print bras' },
  {
    key: 'braille',
    width: 32,
    height: 32,
    custom:
      '<rect x="6" y="2" width="20" height="28" rx="4" fill="#e8eef6"/>' +
      '<rect x="6" y="2" width="20" height="28" rx="4" fill="none" stroke="#4a5b6e" stroke-width="1.5"/>' +
      '<circle cx="12" cy="9" r="3" fill="#26364a"/><circle cx="20" cy="9" r="3" fill="#26364a"/>' +
      '<circle cx="12" cy="16" r="3" fill="#26364a"/><circle cx="20" cy="16" r="1.6" fill="#a9b6c6"/>' +
      '<circle cx="12" cy="23" r="1.6" fill="#a9b6c6"/><circle cx="20" cy="23" r="3" fill="#26364a"/>',
    en: 'Braille: raised dots to read by touch',
    cy: 'Braille: dotiau wedi’u codi i’w darllen drwy gyffwrdd',
  },
  { key: 'audio', icon: 'fluent:headphone', en: 'Audio: listening', cy: 'Sain: gwrando' },
  { key: 'hearing-aid', icon: 'fluent:ear-with-hearing-aid', en: 'A hearing aid', cy: 'Cymorth clyw' },
  { key: 'glasses', icon: 'fluent:glasses', en: 'Glasses', cy: 'Sbectol' },
  { key: 'computer', icon: 'fluent:laptop', en: 'A computer', cy: 'Cyfrifiadur' },
  {
    key: 'tablet',
    width: 32,
    height: 32,
    custom:
      '<rect x="3" y="6" width="26" height="20" rx="3" fill="#3b4452"/>' +
      '<rect x="5.5" y="8.5" width="19" height="15" rx="1" fill="#8fc8ff"/>' +
      '<path d="M5.5 19.5l5-5 4 4 3-3 7 7v1h-19z" fill="#5fa8e6"/>' +
      '<circle cx="10" cy="12.5" r="1.8" fill="#ffd94a"/>' +
      '<circle cx="26.8" cy="16" r="1.1" fill="#9aa5b4"/>',
    en: 'A tablet computer',
    cy: 'Llechen gyfrifiadurol',
  },
  { key: 'letter', icon: 'fluent:envelope', en: 'A letter', cy: 'Llythyr' },
  { key: 'email', icon: 'fluent:e-mail', en: 'Email', cy: 'E-bost' },
  { key: 'key', icon: 'fluent:key', en: 'A key', cy: 'Allwedd' },

  // Things I do
  { key: 'sleep', icon: 'fluent:sleeping-face', en: 'Sleeping', cy: 'Cysgu' },
  { key: 'music', icon: 'fluent:musical-notes', en: 'Music', cy: 'Cerddoriaeth' },
  { key: 'dog', icon: 'fluent:dog-face', en: 'A dog', cy: 'Ci' },
  { key: 'cat', icon: 'fluent:cat-face', en: 'A cat', cy: 'Cath' },
  { key: 'walk', icon: 'fluent:person-walking', en: 'Walking', cy: 'Cerdded' },
  { key: 'exercise', icon: 'fluent:person-running', en: 'Exercise', cy: 'Ymarfer corff' },
  { key: 'shower', icon: 'fluent:shower', en: 'A shower', cy: 'Cawod' },
  { key: 'cooking', icon: 'fluent:cooking', en: 'Cooking', cy: 'Coginio' },
  { key: 'cleaning', icon: 'fluent:broom', en: 'Cleaning', cy: 'Glanhau' },
  { key: 'pray', icon: 'fluent:folded-hands', en: 'Praying', cy: 'Gweddïo' },
  { key: 'game', icon: 'fluent:game-die', en: 'Games', cy: 'Gemau' },
  { key: 'art', icon: 'fluent:artist-palette', en: 'Art', cy: 'Celf' },
  { key: 'dentist', icon: 'fluent:tooth', en: 'The dentist', cy: 'Y deintydd' },
  { key: 'emergency', icon: 'fluent:sos-button', en: 'An emergency', cy: 'Argyfwng' },

  // Time and weather
  { key: 'night', icon: 'fluent:crescent-moon', en: 'Night', cy: 'Nos' },
  { key: 'morning', icon: 'fluent:sunrise', en: 'Morning', cy: 'Bore' },
  { key: 'sun', icon: 'fluent:sun', en: 'The sun', cy: 'Yr haul' },
  { key: 'good-day', alias: 'sun', en: 'A good day', cy: 'Diwrnod da' },
  { key: 'bad-day', icon: 'fluent:cloud-with-rain', en: 'A bad day', cy: 'Diwrnod gwael' },
  { key: 'weather', icon: 'fluent:sun-behind-rain-cloud', en: 'The weather', cy: 'Y tywydd' },

  // Feelings
  { key: 'happy', icon: 'fluent:smiling-face-with-smiling-eyes', en: 'Happy', cy: 'Hapus' },
  { key: 'upset', icon: 'fluent:crying-face', en: 'Upset', cy: 'Wedi cynhyrfu' },
  { key: 'lonely', icon: 'fluent:pensive-face', en: 'Lonely', cy: 'Unig' },
  { key: 'angry', icon: 'fluent:angry-face', en: 'Angry', cy: 'Yn flin' },
  { key: 'worried', icon: 'fluent:worried-face', en: 'Worried', cy: 'Yn poeni' },
  { key: 'tired', icon: 'fluent:tired-face', en: 'Tired', cy: 'Wedi blino' },
  { key: 'calm', icon: 'fluent:relieved-face', en: 'Calm', cy: 'Yn dawel' },
  { key: 'pain', icon: 'fluent:face-with-head-bandage', en: 'Pain', cy: 'Poen' },
];
