import type { DimensionContent } from '../build';

const group = 'job_demands';

/** Job demands (taakeisen): a higher score means the work asks more of you. */
export const jobDemands: DimensionContent[] = [
  {
    key: 'workload',
    group,
    name: { nl: 'Werkdruk', en: 'Workload' },
    explanation: {
      nl: 'Hoeveel werk er op je bord ligt in verhouding tot de tijd die je ervoor hebt. Een drukke periode is normaal; het gaat knellen als het blijft duren en er weinig tegenover staat.',
      en: 'How much work is on your plate compared with the time you have for it. A busy spell is normal; it starts to pinch when it keeps going and little balances it out.',
    },
    items: [
      { nl: 'Ik heb meer werk dan ik in mijn werktijd af kan krijgen.', en: 'I have more work than I can finish in my working hours.' },
      { nl: 'Ik maak extra uren om mijn werk rond te krijgen.', en: 'I put in extra hours to get my work done.' },
      { nl: 'De hoeveelheid werk die ik heb, is goed te doen.', en: 'The amount of work I have is manageable.', reverse: true },
    ],
  },
  {
    key: 'time_pressure',
    group,
    name: { nl: 'Tijdsdruk', en: 'Time pressure' },
    explanation: {
      nl: 'Of je vaak moet haasten en met veel korte deadlines werkt. Dat houdt je lichaam in de hoogste versnelling, ook als de hoeveelheid werk op zich meevalt.',
      en: 'Whether you often have to rush and work to many short deadlines. It keeps your body in top gear, even when the amount of work itself is not too bad.',
    },
    items: [
      { nl: 'Ik werk met deadlines die kort op elkaar volgen.', en: 'I work to deadlines that follow each other closely.' },
      { nl: 'Ik moet me haasten om dingen op tijd af te hebben.', en: 'I have to rush to get things finished on time.' },
    ],
  },
  {
    key: 'emotional_demands',
    group,
    name: { nl: 'Emotionele belasting', en: 'Emotional demands' },
    explanation: {
      nl: 'Hoeveel je werk van je gevoel vraagt: situaties die je raken, of je emoties moeten inhouden. Dat kost energie, ook als je het goed doet.',
      en: 'How much your work asks of your feelings: situations that touch you, or having to hold your emotions back. That costs energy, even when you handle it well.',
    },
    items: [
      {
        nl: 'In mijn werk kom ik situaties tegen die me persoonlijk raken.',
        en: 'In my work I come across situations that affect me personally.',
      },
      {
        nl: 'Ik moet mijn eigen gevoelens wegstoppen om mijn werk te kunnen doen.',
        en: 'I have to put my own feelings aside to be able to do my work.',
      },
    ],
  },
  {
    key: 'work_home_interference',
    group,
    name: { nl: 'Werk-thuisinterferentie', en: 'Work–home interference' },
    explanation: {
      nl: 'Hoeveel je werk doorloopt in je leven thuis: in tijd, in aandacht en in energie. Als er thuis weinig ruimte overblijft, kun je ook minder herstellen.',
      en: 'How much your work spills over into your life at home: in time, attention and energy. When little room is left at home, you also recover less.',
    },
    items: [
      {
        nl: 'Mijn werk vraagt zoveel dat er thuis te weinig tijd of aandacht overblijft.',
        en: 'My work takes so much that too little time or attention is left for home.',
      },
      {
        nl: 'Door mijn werk moet ik afspraken met familie of vrienden afzeggen.',
        en: 'Because of my work I have to cancel plans with family or friends.',
      },
    ],
  },
  {
    key: 'role_problems',
    group,
    name: { nl: 'Rolproblemen', en: 'Role problems' },
    explanation: {
      nl: 'Onduidelijkheid of tegenstrijdigheid in wat er van je gevraagd wordt. Als verschillende mensen iets anders van je willen, kun je het nooit helemaal goed doen.',
      en: 'Unclear or conflicting expectations of you. When different people want different things from you, you can never quite get it right.',
    },
    items: [
      { nl: 'Ik krijg tegenstrijdige opdrachten van verschillende mensen.', en: 'I get conflicting instructions from different people.' },
      {
        nl: 'Ik moet dingen doen die ingaan tegen hoe ik vind dat het werk gedaan moet worden.',
        en: 'I have to do things that go against how I think the work should be done.',
      },
      { nl: 'Het is me onduidelijk waar mijn verantwoordelijkheid ophoudt.', en: 'It is unclear to me where my responsibility ends.' },
    ],
  },
  {
    key: 'complexity',
    group,
    name: { nl: 'Complexiteit van het werk', en: 'Complexity of the work' },
    explanation: {
      nl: 'Hoe ingewikkeld je werk is: veel informatie tegelijk, lastige afwegingen. Complex werk kan uitdagend zijn, maar vraagt veel van je hoofd.',
      en: 'How complicated your work is: a lot of information at once, difficult trade-offs. Complex work can be a challenge, but it asks a lot of your mind.',
    },
    items: [
      {
        nl: 'Mijn werk vraagt dat ik veel informatie tegelijk in mijn hoofd houd.',
        en: 'My work requires me to keep a lot of information in my head at once.',
      },
      {
        nl: 'Ik moet beslissingen nemen waarbij de oplossing niet voor de hand ligt.',
        en: 'I have to make decisions where the answer is not obvious.',
      },
    ],
  },
  {
    key: 'monotony',
    group,
    name: { nl: 'Eentonig werk', en: 'Monotonous work' },
    explanation: {
      nl: 'Steeds hetzelfde doen. Voor de een is dat rustig, voor de ander slopend: saai werk kan net zo goed energie kosten als te druk werk.',
      en: 'Doing the same thing over and over. For some people that is calm, for others it is draining: dull work can cost as much energy as work that is too busy.',
    },
    items: [
      { nl: 'Mijn werk bestaat uit steeds dezelfde handelingen.', en: 'My work consists of the same actions over and over.' },
      { nl: 'Ik verveel me tijdens mijn werk.', en: 'I am bored at work.' },
    ],
  },
  {
    key: 'aggression',
    group,
    name: { nl: 'Agressie', en: 'Aggression' },
    explanation: {
      nl: 'Te maken krijgen met agressie, intimidatie of grensoverschrijdend gedrag, van cliënten of klanten en hun naasten, of binnen je eigen organisatie. Dat zet je op scherp, ook na afloop.',
      en: 'Facing aggression, intimidation or other inappropriate behaviour, from clients or customers and their families, or within your own organisation. It puts you on edge, even afterwards.',
    },
    items: [
      {
        nl: 'Ik krijg te maken met agressie of intimidatie van cliënten, klanten of hun naasten.',
        en: 'I face aggression or intimidation from clients, customers or their families.',
      },
      {
        nl: 'Ik krijg te maken met grensoverschrijdend gedrag van collega’s of leidinggevenden.',
        en: 'I face inappropriate or intimidating behaviour from colleagues or managers.',
      },
    ],
  },
  {
    key: 'administrative_burden',
    group,
    name: { nl: 'Administratieve lasten', en: 'Administrative burden' },
    explanation: {
      nl: 'De tijd die opgaat aan verslaglegging en registratie. Die tijd gaat vaak af van het werk waarvoor je ooit gekozen hebt.',
      en: 'The time spent on reporting and registration. That time often comes out of the work you once chose this job for.',
    },
    items: [
      { nl: 'Ik ben veel tijd kwijt aan verslagen schrijven.', en: 'I spend a lot of time writing reports.' },
      {
        nl: 'Ik ben veel tijd kwijt aan registreren en het bijhouden van systemen.',
        en: 'I spend a lot of time registering things and keeping systems up to date.',
      },
    ],
  },
  {
    key: 'bureaucracy',
    group,
    name: { nl: 'Bureaucratie', en: 'Bureaucracy' },
    explanation: {
      nl: 'Regels, procedures en goedkeuringsrondes die je werk eerder in de weg zitten dan helpen.',
      en: 'Rules, procedures and approval rounds that get in the way of your work more than they help it.',
    },
    items: [
      {
        nl: 'Regels en procedures staan het goed doen van mijn werk in de weg.',
        en: 'Rules and procedures get in the way of doing my work well.',
      },
      {
        nl: 'Voor eenvoudige dingen moet ik toestemming vragen of formulieren invullen.',
        en: 'I have to ask permission or fill in forms for simple things.',
      },
    ],
  },
  {
    key: 'poor_relationships',
    group,
    name: { nl: 'Moeizame werkrelaties', en: 'Poor working relationships' },
    explanation: {
      nl: 'Spanningen of conflicten met de mensen met wie je werkt. Bij zwaardere klachten spelen die bijna altijd mee.',
      en: 'Tension or conflict with the people you work with. With more serious complaints, this almost always plays a part.',
    },
    items: [
      {
        nl: 'Er zijn spanningen of conflicten met mensen met wie ik samenwerk.',
        en: 'There is tension or conflict with people I work with.',
      },
      { nl: 'De sfeer in mijn team kost me energie.', en: 'The atmosphere in my team drains my energy.' },
    ],
  },
  {
    key: 'problem_severity',
    group,
    name: { nl: 'Ernst van de problematiek', en: 'Severity of the problems' },
    explanation: {
      nl: 'Hoe zwaar de problemen zijn van de mensen of situaties waar je mee werkt. Zware problematiek neem je makkelijker mee naar huis.',
      en: 'How serious the problems of the people or situations you work with are. Heavy problems are harder to leave at work.',
    },
    items: [
      {
        nl: 'Ik heb te maken met zware of schrijnende situaties van de mensen voor wie ik werk.',
        en: 'I deal with serious or distressing situations of the people I work for.',
      },
      { nl: 'De problemen in mijn werk zijn groter dan ik kan oplossen.', en: 'The problems in my work are bigger than I can solve.' },
    ],
  },
];
