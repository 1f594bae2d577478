"""Demo content for the partnership CRM: organisations, contacts, strategic goals
and twelve partnerships at Eksempelby Bibliotekerne (Danish).

Everyone and everything here is fictional. Each partnership starts in the
initiation stage; ``history`` lists the stage moves made since, oldest first, as
(target stage, comment, days ago). Usernames refer to the demo accounts in
``demo.accounts``; today in the demo is 2026-11-25.
"""

ORGANISATIONS = [
    {
        "key": "nordlyset",
        "name": "Kulturhuset Nordlyset",
        "sector": "culture",
        "website": "https://nordlyset.example.dk/",
        "address": "Havnegade 4, 9999 Eksempelby",
        "notes": (
            "Byens kulturhus med koncertsal, værksteder og en stor sal til "
            "børneforestillinger. Stærke på afvikling, lys og lyd. Har lånt os salen "
            "til forfatteraftener og vil gerne samarbejde mere om børnekultur."
        ),
    },
    {
        "key": "vestbyen",
        "name": "Vestbyens Boligforening",
        "sector": "civil_society",
        "website": "https://vestbyensbolig.example.dk/",
        "address": "Vestervej 112, 9999 Eksempelby",
        "notes": (
            "Almen boligforening med fire afdelinger i Vestbyen og en boligsocial "
            "helhedsplan. Har fælleshuse og tæt kontakt til beboere, som biblioteket "
            "sjældent møder. Beslutninger om fælleshusene går via "
            "afdelingsbestyrelsen."
        ),
    },
    {
        "key": "gymnasium",
        "name": "Eksempelby Gymnasium",
        "sector": "education",
        "website": "https://gymnasium.example.dk/",
        "address": "Skolebakken 10, 9999 Eksempelby",
        "notes": (
            "Ca. 900 elever på stx og hf. Studievejlederne og skolens bibliotekar "
            "er vores faste indgang. Planlægger et år frem, så henvendelser skal "
            "komme inden sommerferien."
        ),
    },
    {
        "key": "universitet",
        "name": "Eksempelby Universitet",
        "sector": "education",
        "website": "https://universitet.example.dk/",
        "address": "Campusvej 1, 9999 Eksempelby",
        "notes": (
            "Institut for Kommunikation og Kultur ønsker at formidle forskning til "
            "borgere uden for campus. Forskerne har travlt i eksamensperioderne i "
            "januar og juni."
        ),
    },
    {
        "key": "bymuseum",
        "name": "Eksempelby Bymuseum",
        "sector": "culture",
        "website": "https://bymuseum.example.dk/",
        "address": "Torvet 2, 9999 Eksempelby",
        "notes": (
            "Museum for byens historie med et stort fotoarkiv, som kun delvis er "
            "digitaliseret. Har en bestyrelse, der skal godkende aftaler om brug af "
            "samlingerne."
        ),
    },
    {
        "key": "teater",
        "name": "Teater Møllen",
        "sector": "culture",
        "website": "https://teatermoellen.example.dk/",
        "address": "Møllestræde 7, 9999 Eksempelby",
        "notes": (
            "Lille egnsteater med forestillinger for børn og unge og en turnerende "
            "fortællerforestilling. Gode til at få publikum til at deltage, men med "
            "få ledige hænder i premiereperioder."
        ),
    },
    {
        "key": "festival",
        "name": "Foreningen Havnefestivalen",
        "sector": "civil_society",
        "website": "https://havnefestivalen.example.dk/",
        "address": "Kajen 15, 9999 Eksempelby",
        "notes": (
            "Frivilligt drevet musik- og kulturfestival på havnen i august med ca. "
            "12.000 gæster. Bestyrelsen beslutter programmet i marts, og de "
            "frivillige arbejder mest om aftenen."
        ),
    },
    {
        "key": "klubben",
        "name": "Ungdomsklubben Remisen",
        "sector": "public",
        "website": "https://remisen.example.dk/",
        "address": "Remisevej 3, 9999 Eksempelby",
        "notes": (
            "Kommunal ungdomsklub for 13-18-årige med gamingrum og åbent om aftenen. "
            "Medarbejderne kender de unge, der sjældent kommer på biblioteket."
        ),
    },
    {
        "key": "jobcenter",
        "name": "Jobcenter Eksempelby",
        "sector": "public",
        "website": "https://jobcenter.example.dk/",
        "address": "Rådhuspladsen 5, 9999 Eksempelby",
        "notes": (
            "Kommunens jobcenter. Mange borgere her har brug for hjælp til digitale "
            "ansøgninger og MitID. Tidligere samarbejde om kurser i jobsøgning på "
            "nettet."
        ),
    },
    {
        "key": "solgaarden",
        "name": "Solgården Energi A/S",
        "sector": "private",
        "website": "https://solgaarden.example.dk/",
        "address": "Industrivej 22, 9999 Eksempelby",
        "notes": (
            "Lokal virksomhed inden for solceller og varmepumper med omkring 60 "
            "ansatte. Vil gerne profilere sig på oplysning om grøn omstilling frem "
            "for sponsorater i sporten. Mulig partner til klimaværksteder."
        ),
    },
    {
        "key": "boghandel",
        "name": "Boghandlen Bogormen",
        "sector": "private",
        "website": "https://bogormen.example.dk/",
        "address": "Algade 31, 9999 Eksempelby",
        "notes": (
            "Uafhængig boghandel i gågaden med gode forbindelser til forlag og "
            "forfattere. Sælger gerne bøger ved vores arrangementer."
        ),
    },
    {
        "key": "radio",
        "name": "Radio Eksempelby",
        "sector": "media",
        "website": "https://radio.example.dk/",
        "address": "Stationsvej 9, 9999 Eksempelby",
        "notes": (
            "Lokalradio drevet af frivillige med en lille fast redaktion. Har "
            "studie og udstyr til podcastproduktion. Afhænger af kommunalt "
            "driftstilskud."
        ),
    },
    {
        "key": "frivillig",
        "name": "Frivilligcenter Eksempelby",
        "sector": "civil_society",
        "website": "https://frivilligcenter.example.dk/",
        "address": "Kirkestræde 12, 9999 Eksempelby",
        "notes": (
            "Formidler frivillige til foreninger og offentlige tilbud og uddanner "
            "frivillige. Har en gruppe pensionerede it-folk, der gerne vil hjælpe "
            "andre."
        ),
    },
]

CONTACTS = [
    {
        "name": "Lone Vestergaard",
        "role": "Formidlingschef",
        "organisation": "nordlyset",
        "email": "lone.vestergaard@nordlyset.example.dk",
        "phone": "+45 20 00 01 01",
    },
    {
        "name": "Jesper Holt",
        "role": "Teknisk chef",
        "organisation": "nordlyset",
        "email": "jesper.holt@nordlyset.example.dk",
        "phone": "+45 20 00 01 02",
    },
    {
        "name": "Inge Mortensen",
        "role": "Formand for afdelingsbestyrelsen",
        "organisation": "vestbyen",
        "email": "inge.mortensen@vestbyensbolig.example.dk",
        "phone": "+45 20 00 01 03",
    },
    {
        "name": "Jamal Haddad",
        "role": "Boligsocial medarbejder",
        "organisation": "vestbyen",
        "email": "jamal.haddad@vestbyensbolig.example.dk",
        "phone": "+45 20 00 01 04",
    },
    {
        "name": "Henrik Dalsgaard",
        "role": "Lektor og SRP-koordinator",
        "organisation": "gymnasium",
        "email": "henrik.dalsgaard@gymnasium.example.dk",
        "phone": "+45 20 00 01 05",
    },
    {
        "name": "Mette Kjær Lauridsen",
        "role": "Rektor",
        "organisation": "gymnasium",
        "email": "mette.lauridsen@gymnasium.example.dk",
        "phone": "+45 20 00 01 06",
    },
    {
        "name": "Anne-Marie Fog",
        "role": "Lektor, Institut for Kommunikation og Kultur",
        "organisation": "universitet",
        "email": "anne-marie.fog@universitet.example.dk",
        "phone": "+45 20 00 01 07",
    },
    {
        "name": "Thomas Brix",
        "role": "Kommunikationsmedarbejder",
        "organisation": "universitet",
        "email": "thomas.brix@universitet.example.dk",
        "phone": "+45 20 00 01 08",
    },
    {
        "name": "Ole Kragh",
        "role": "Museumsinspektør",
        "organisation": "bymuseum",
        "email": "ole.kragh@bymuseum.example.dk",
        "phone": "+45 20 00 01 09",
    },
    {
        "name": "Birthe Sloth",
        "role": "Museumsdirektør",
        "organisation": "bymuseum",
        "email": "birthe.sloth@bymuseum.example.dk",
        "phone": "+45 20 00 01 10",
    },
    {
        "name": "Rasmus Juul",
        "role": "Teaterchef",
        "organisation": "teater",
        "email": "rasmus.juul@teatermoellen.example.dk",
        "phone": "+45 20 00 01 11",
    },
    {
        "name": "Sofie Winther",
        "role": "Skuespiller og fortæller",
        "organisation": "teater",
        "email": "sofie.winther@teatermoellen.example.dk",
        "phone": "+45 20 00 01 12",
    },
    {
        "name": "Nikolaj Bech",
        "role": "Festivalleder",
        "organisation": "festival",
        "email": "nikolaj.bech@havnefestivalen.example.dk",
        "phone": "+45 20 00 01 13",
    },
    {
        "name": "Kasper Nygaard",
        "role": "Klubleder",
        "organisation": "klubben",
        "email": "kasper.nygaard@remisen.example.dk",
        "phone": "+45 20 00 01 14",
    },
    {
        "name": "Hanne Bisgaard",
        "role": "Teamleder, virksomhedsrettet indsats",
        "organisation": "jobcenter",
        "email": "hanne.bisgaard@jobcenter.example.dk",
        "phone": "+45 20 00 01 15",
    },
    {
        "name": "Peter Hvid",
        "role": "Bæredygtighedschef",
        "organisation": "solgaarden",
        "email": "peter.hvid@solgaarden.example.dk",
        "phone": "+45 20 00 01 16",
    },
    {
        "name": "Ulla Bruun",
        "role": "Indehaver",
        "organisation": "boghandel",
        "email": "ulla.bruun@bogormen.example.dk",
        "phone": "+45 20 00 01 17",
    },
    {
        "name": "Emil Storm",
        "role": "Stationsleder",
        "organisation": "radio",
        "email": "emil.storm@radio.example.dk",
        "phone": "+45 20 00 01 18",
    },
    {
        "name": "Gitte Thorsen",
        "role": "Centerleder",
        "organisation": "frivillig",
        "email": "gitte.thorsen@frivilligcenter.example.dk",
        "phone": "+45 20 00 01 19",
    },
    {
        "name": "Birgitte Holm",
        "role": "Bibliotekschef",
        "organisation": None,
        "email": "birgitte.holm@bibliotekerne.example.dk",
        "phone": "+45 20 00 02 01",
    },
    {
        "name": "Jonas Krogh",
        "role": "Børne- og ungdomsbibliotekar",
        "organisation": None,
        "email": "jonas.krogh@bibliotekerne.example.dk",
        "phone": "+45 20 00 02 02",
    },
    {
        "name": "Pernille Sand",
        "role": "Kommunikationsmedarbejder",
        "organisation": None,
        "email": "pernille.sand@bibliotekerne.example.dk",
        "phone": "+45 20 00 02 03",
    },
]

GOALS = [
    {
        "key": "unge",
        "title": "Flere unge bruger biblioteket",
        "description": (
            "Unge mellem 13 og 25 år skal opleve biblioteket som et sted for dem – "
            "til lektier, fællesskab og kultur. Vi vil møde de unge der, hvor de er, "
            "og lade dem være med til at forme tilbuddene."
        ),
    },
    {
        "key": "laesning",
        "title": "Mere læselyst hos børn og voksne",
        "description": (
            "Flere skal læse for fornøjelsens skyld. Vi vil især nå familier, der "
            "ikke selv kommer på biblioteket, og voksne, der er holdt op med at læse."
        ),
    },
    {
        "key": "lokalsamfund",
        "title": "Biblioteket som mødested i lokalsamfundet",
        "description": (
            "Bibliotekerne skal være åbne og trygge mødesteder på tværs af alder og "
            "baggrund, også i de bydele, hvor der er langt til hovedbiblioteket."
        ),
    },
    {
        "key": "digital",
        "title": "Digital dannelse og inklusion for alle",
        "description": (
            "Alle borgere skal kunne klare sig i et digitalt samfund – fra MitID og "
            "jobansøgninger til kildekritik og sikker færden på nettet."
        ),
    },
    {
        "key": "kultur",
        "title": "Kulturoplevelser for nye målgrupper",
        "description": (
            "Vi vil bringe litteratur, kunst, viden og fortællinger ud til borgere, "
            "som ikke i forvejen bruger byens kulturtilbud, og skabe oplevelser, "
            "ingen af os kunne skabe alene."
        ),
    },
    {
        "key": "baeredygtighed",
        "title": "Viden og handling for en grøn omstilling",
        "description": (
            "Biblioteket skal være et sted, hvor borgerne kan hente pålidelig viden "
            "om klima og bæredygtighed og prøve konkrete løsninger i hverdagen."
        ),
    },
]

PARTNERSHIPS = [
    # --- Initiation ---------------------------------------------------------
    {
        "title": "Klimaværksteder for familier",
        "purpose": (
            "Vi vil tilbyde familier praktiske værksteder om energi, reparation og "
            "genbrug, hvor de både får viden og noget at tage med hjem. Vi leder "
            "efter en partner med faglig viden om energi og grøn omstilling."
        ),
        "vision": (
            "Familier i Eksempelby oplever, at den grønne omstilling er noget, de "
            "selv kan tage del i."
        ),
        "library_gives": (
            "Lokaler, bøger og materialer om klima, erfaring med værksteder for "
            "familier og markedsføring gennem bibliotekets kanaler."
        ),
        "library_gets": (
            "Faglig ekspertise om energi og nye familier, der bruger biblioteket som "
            "et sted for praktisk læring."
        ),
        "partners": [],
        "goals": ["baeredygtighed"],
        "start": "2026-11-02",
        "end": None,
        "budget": None,
        "resources": (
            "Foreløbig ca. 20 timer til afklaring og møder fra projektlederen."
        ),
        "manager": "projektleder2",
        "team": [],
        "history": [],
        "agreement_signed": False,
        "plan_activities": [],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Afklar budgetramme med bibliotekschefen",
                "stage": "initiation",
                "assignee": "projektleder2",
                "due_in_days": -3,
                "done": False,
            },
            {
                "title": "Hold et indledende møde med Solgården Energi",
                "stage": "initiation",
                "assignee": "projektleder2",
                "due_in_days": 12,
                "done": False,
            },
            {
                "title": "Lav en kort risikovurdering af idéen",
                "stage": "initiation",
                "assignee": "projektleder2",
                "due_in_days": 21,
                "done": False,
            },
        ],
    },
    {
        "title": "Lektier og gaming i Remisen",
        "purpose": (
            "Biblioteket og Ungdomsklubben Remisen vil lave et fast aftentilbud, "
            "hvor unge kan få hjælp til lektier og bagefter spille sammen. Målet er "
            "at nå unge, der ikke selv opsøger biblioteket."
        ),
        "vision": (
            "Unge i Eksempelby har ét sted om aftenen, hvor både lektier og "
            "fællesskab er i orden."
        ),
        "library_gives": (
            "To bibliotekarer én aften om ugen, lektiehjælp, adgang til "
            "bibliotekets databaser og et udvalg af spil og tegneserier."
        ),
        "library_gets": (
            "Kontakt til unge, som klubbens medarbejdere allerede har tillid hos, og "
            "viden om, hvad de unge efterspørger."
        ),
        "partners": [
            ("klubben", "Stiller lokaler og gamingudstyr til rådighed og er til stede"),
        ],
        "goals": ["unge", "digital"],
        "start": "2026-10-01",
        "end": "2027-06-30",
        "budget": 25000,
        "resources": (
            "To medarbejdere fra børne- og ungeafdelingen tre timer om ugen samt "
            "bibliotekets spilkonsoller."
        ),
        "manager": "projektleder",
        "team": ["projektleder2"],
        "history": [],
        "agreement_signed": False,
        "plan_activities": [],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Første møde med klublederen",
                "stage": "initiation",
                "assignee": "projektleder",
                "due_in_days": -40,
                "done": True,
            },
            {
                "title": "Kortlæg hvad biblioteket kan tilbyde klubben",
                "stage": "initiation",
                "assignee": "projektleder",
                "due_in_days": -6,
                "done": False,
            },
            {
                "title": "Skriv udkast til formål og fælles vision",
                "stage": "initiation",
                "assignee": "projektleder",
                "due_in_days": 14,
                "done": False,
            },
        ],
    },
    {
        "title": "Frivillige it-hjælpere på filialerne",
        "purpose": (
            "Sammen med Frivilligcenter Eksempelby vil vi etablere en fast gruppe "
            "frivillige, der hjælper borgere med computer, telefon og digital post "
            "på bibliotekets filialer."
        ),
        "vision": (
            "Ingen i Eksempelby skal stå alene med en digital opgave, de ikke kan løse."
        ),
        "library_gives": (
            "Lokaler og computere på tre filialer, faglig sparring fra bibliotekets "
            "digitale vejledere og synlighed over for brugerne."
        ),
        "library_gets": (
            "Flere hænder til den digitale hjælp, længere åbningstid med vejledning "
            "og en stærkere forbindelse til foreningslivet."
        ),
        "partners": [
            ("frivillig", "Rekrutterer, uddanner og koordinerer de frivillige"),
        ],
        "goals": ["digital", "lokalsamfund"],
        "start": "2026-11-10",
        "end": None,
        "budget": 15000,
        "resources": (
            "En digital vejleder fire timer om måneden til sparring og to timers "
            "lokale om ugen på hver filial."
        ),
        "manager": "projektleder",
        "team": [],
        "history": [],
        "agreement_signed": False,
        "plan_activities": [],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Aftal møde med centerlederen i Frivilligcenteret",
                "stage": "initiation",
                "assignee": "projektleder",
                "due_in_days": -8,
                "done": True,
            },
            {
                "title": "Undersøg forsikring af frivillige på filialerne",
                "stage": "initiation",
                "assignee": "projektleder",
                "due_in_days": 10,
                "done": False,
            },
        ],
    },
    # --- Agreement ----------------------------------------------------------
    {
        "title": "Forskerne kommer til biblioteket",
        "purpose": (
            "En foredragsrække, hvor forskere fra Eksempelby Universitet fortæller "
            "om deres forskning på bibliotekerne og tager en samtale med borgerne "
            "bagefter."
        ),
        "vision": (
            "Forskning bliver noget, alle i byen kan møde, spørge ind til og "
            "diskutere – ikke kun de studerende på campus."
        ),
        "library_gives": (
            "Scene, teknik og værter på tre biblioteker, markedsføring til et bredt "
            "publikum og litteraturlister til hvert foredrag."
        ),
        "library_gets": (
            "Et stærkt og gratis indholdsprogram, nye brugere med interesse for "
            "viden og en tættere forbindelse til universitetet."
        ),
        "partners": [
            (
                "universitet",
                "Udvælger forskere og emner og står for forskernes forberedelse",
            ),
        ],
        "goals": ["kultur"],
        "start": "2026-08-15",
        "end": "2027-06-30",
        "budget": 60000,
        "resources": (
            "En projektleder fem timer om ugen, tre arrangementsaftener pr. "
            "semester og hjælp fra kommunikationsafdelingen."
        ),
        "manager": "projektleder2",
        "team": ["projektleder"],
        "history": [
            (
                "agreement",
                "Instituttet har bekræftet, at det vil være med, og formålet er "
                "beskrevet i fællesskab. Nu skal aftalen skrives.",
                35,
            ),
        ],
        "agreement_signed": False,
        "plan_activities": [
            {
                "title": "Præsentation af foredragsrækken på personalemødet",
                "audience": "staff",
                "channel": "Personalemøde",
                "days_from_now": 20,
                "done": False,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Send udkast til samarbejdsaftale til instituttet",
                "stage": "agreement",
                "assignee": "projektleder2",
                "due_in_days": -20,
                "done": True,
            },
            {
                "title": "Afklar honorar og transport for forskerne",
                "stage": "agreement",
                "assignee": "projektleder2",
                "due_in_days": -4,
                "done": False,
            },
            {
                "title": "Aftal afsender og logoer på programmet",
                "stage": "agreement",
                "assignee": "projektleder",
                "due_in_days": 10,
                "done": False,
            },
        ],
    },
    {
        "title": "Forfattermøder med Bogormen",
        "purpose": (
            "Biblioteket og Boghandlen Bogormen vil i fællesskab invitere forfattere "
            "til Eksempelby fire gange om året, så arrangementerne bliver større, "
            "end hver af os kunne klare alene."
        ),
        "vision": (
            "Eksempelby bliver kendt som en by, hvor forfattere kommer, og hvor "
            "læsere mødes om bøgerne."
        ),
        "library_gives": (
            "Salen på hovedbiblioteket, markedsføring, læsekredssæt af forfatterens "
            "bøger og en erfaren moderator."
        ),
        "library_gets": (
            "Adgang til boghandlens forlagskontakter, delte udgifter til honorarer "
            "og et publikum, der kommer via boghandlens kunder."
        ),
        "partners": [
            (
                "boghandel",
                "Skaffer kontakt til forlag og forfattere og sælger bøger ved "
                "arrangementerne",
            ),
        ],
        "goals": ["laesning", "kultur"],
        "start": "2026-09-01",
        "end": "2027-12-31",
        "budget": 30000,
        "resources": (
            "En bibliotekar som moderator og tovholder ca. 30 timer pr. "
            "arrangement samt salen på hovedbiblioteket."
        ),
        "manager": "projektleder",
        "team": [],
        "history": [
            (
                "agreement",
                "Vi er enige om formål og ambitionsniveau efter to møder. Aftalen "
                "tager udgangspunkt i bibliotekets standardskabelon.",
                28,
            ),
        ],
        "agreement_signed": False,
        "plan_activities": [],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Tilpas standardaftalen til samarbejdet",
                "stage": "agreement",
                "assignee": "projektleder",
                "due_in_days": -10,
                "done": True,
            },
            {
                "title": "Afklar hvordan bogsalget håndteres ved arrangementerne",
                "stage": "agreement",
                "assignee": "projektleder",
                "due_in_days": 5,
                "done": False,
            },
            {
                "title": "Få aftalen underskrevet af begge parter",
                "stage": "agreement",
                "assignee": "projektleder",
                "due_in_days": 18,
                "done": False,
            },
        ],
    },
    # --- Communication ------------------------------------------------------
    {
        "title": "Læseklub i boligområdet",
        "purpose": (
            "En læseklub for voksne i Vestbyens fælleshus, hvor der læses korte "
            "tekster højt og snakkes om dem. Læseklubben skal nå beboere, der ikke "
            "bruger biblioteket."
        ),
        "vision": (
            "Beboerne i Vestbyen har et fast, hyggeligt mødested, hvor litteratur "
            "er en god grund til at mødes."
        ),
        "library_gives": (
            "En uddannet læseguide hver anden uge, bøger og tekster samt erfaring "
            "med højtlæsning og læseklubber."
        ),
        "library_gets": (
            "Kontakt til beboere, vi ikke når i forvejen, og et eksempel på, hvordan "
            "biblioteket kan være til stede i en bydel uden filial."
        ),
        "partners": [
            ("vestbyen", "Stiller lokaler til rådighed og rekrutterer deltagere"),
        ],
        "goals": ["laesning", "lokalsamfund"],
        "start": "2026-02-01",
        "end": "2027-01-31",
        "budget": 40000,
        "resources": (
            "En læseguide fire timer hver anden uge og 40 eksemplarer af hver "
            "udvalgt titel."
        ),
        "manager": "projektleder",
        "team": ["projektleder2"],
        "history": [
            ("agreement", "Aftalen er på plads efter to møder i fælleshuset.", 270),
            (
                "communication",
                "Aftalen er underskrevet af begge parter, og første læseklub er "
                "sat i kalenderen.",
                230,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Invitation i beboerbladet",
                "audience": "public",
                "channel": "Beboerbladet Vestbyen Nyt",
                "days_from_now": -220,
                "done": True,
            },
            {
                "title": "Orientering af kollegerne i udlånet",
                "audience": "staff",
                "channel": "Intranet",
                "days_from_now": -215,
                "done": True,
            },
            {
                "title": "Pressemeddelelse om læseklubbens første halvår",
                "audience": "press",
                "channel": "Pressemeddelelse",
                "days_from_now": -60,
                "done": True,
            },
            {
                "title": "Opslag om forårets bøger på Facebook",
                "audience": "public",
                "channel": "Facebook",
                "days_from_now": 25,
                "done": False,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Book fælleshuset for foråret",
                "stage": "communication",
                "assignee": "projektleder",
                "due_in_days": -45,
                "done": True,
            },
            {
                "title": "Skriv nyhed om læseklubben til bibliotekets hjemmeside",
                "stage": "communication",
                "assignee": "projektleder2",
                "due_in_days": -5,
                "done": False,
            },
            {
                "title": "Planlæg evalueringsmøde med boligforeningen",
                "stage": "communication",
                "assignee": "projektleder",
                "due_in_days": 30,
                "done": False,
            },
        ],
    },
    {
        "title": "Byens fortællinger",
        "purpose": (
            "Biblioteket og Eksempelby Bymuseum viser museets historiske fotos på "
            "bibliotekerne og inviterer borgerne til at fortælle deres egne "
            "historier om byen, som museet samler og bevarer."
        ),
        "vision": (
            "Byens historie bliver skrevet sammen med dem, der har levet den, og "
            "kan opleves dér, hvor borgerne i forvejen kommer."
        ),
        "library_gives": (
            "Udstillingsvægge på fire biblioteker, fortælleaftener, hjælp til at "
            "optage og registrere borgernes fortællinger og et stort publikum."
        ),
        "library_gets": (
            "Adgang til museets fotoarkiv og faglige viden og et lokalhistorisk "
            "tilbud, der trækker ældre og nye tilflyttere ind på biblioteket."
        ),
        "partners": [
            (
                "bymuseum",
                "Udvælger fotos, leverer faglig viden og bevarer de indsamlede "
                "fortællinger",
            ),
        ],
        "goals": ["kultur", "lokalsamfund"],
        "start": "2026-03-01",
        "end": "2027-02-28",
        "budget": 55000,
        "resources": (
            "En bibliotekar seks timer om ugen, udstillingsvægge på fire "
            "biblioteker og optageudstyr fra makerspacet."
        ),
        "manager": "projektleder2",
        "team": [],
        "history": [
            (
                "agreement",
                "Museet og biblioteket er enige om formål, målgrupper og de fire "
                "udstillingssteder.",
                240,
            ),
            (
                "communication",
                "Samarbejdsaftalen er underskrevet af begge direktører.",
                190,
            ),
            (
                "agreement",
                "Museets bestyrelse vil have ændret afsnittet om rettigheder til "
                "de indsamlede fortællinger, før arbejdet fortsætter. Vi går "
                "tilbage og genforhandler det afsnit.",
                160,
            ),
            (
                "communication",
                "Den reviderede aftale er godkendt af museets bestyrelse og "
                "underskrevet igen. Fortællingerne ejes nu af fortælleren, som "
                "giver museet brugsret.",
                120,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Fælles personalemøde for museets og bibliotekets ansatte",
                "audience": "partner_staff",
                "channel": "Møde på museet",
                "days_from_now": -110,
                "done": True,
            },
            {
                "title": "Artikel om udstillingen i lokalavisen",
                "audience": "press",
                "channel": "Lokalavis",
                "days_from_now": -75,
                "done": True,
            },
            {
                "title": "Plakater og foldere om fortælleaftenerne",
                "audience": "public",
                "channel": "Plakater på biblioteker og museum",
                "days_from_now": 14,
                "done": False,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Send den reviderede aftale til museets bestyrelse",
                "stage": "agreement",
                "assignee": "projektleder2",
                "due_in_days": -150,
                "done": True,
            },
            {
                "title": "Lav samtykkeerklæring til fortællerne",
                "stage": "communication",
                "assignee": "projektleder2",
                "due_in_days": -12,
                "done": False,
            },
            {
                "title": "Planlæg fortælleaften på Vestbyens bibliotek",
                "stage": "communication",
                "assignee": "projektleder2",
                "due_in_days": 20,
                "done": False,
            },
        ],
    },
    {
        "title": "Litteraturteltet på Havnefestivalen",
        "purpose": (
            "Et litteraturtelt på Havnefestivalen 2027 med oplæsning, spoken word og "
            "samtaler, som biblioteket, festivalen og Kulturhuset Nordlyset "
            "programlægger sammen."
        ),
        "vision": (
            "Litteraturen får en naturlig plads midt i byens største fest, og "
            "festivalgæsterne møder biblioteket på en ny måde."
        ),
        "library_gives": (
            "Programlægning og værter i teltet, forfatterkontakter, en pop op-"
            "udlånsstation og markedsføring over for bibliotekets brugere."
        ),
        "library_gets": (
            "Synlighed over for 12.000 festivalgæster, især unge voksne, og "
            "erfaring med at formidle litteratur i et festivalmiljø."
        ),
        "partners": [
            ("festival", "Stiller telt og plads til rådighed og står for frivillige"),
            ("nordlyset", "Leverer lyd, lys og scenetekniker til teltet"),
        ],
        "goals": ["kultur", "unge"],
        "start": "2026-06-15",
        "end": "2027-09-30",
        "budget": 75000,
        "resources": (
            "To bibliotekarer i fire festivaldage og ca. 60 timers "
            "programlægning i foråret."
        ),
        "manager": "projektleder",
        "team": ["projektleder2"],
        "history": [
            (
                "agreement",
                "Festivalens bestyrelse har sagt ja til et litteraturtelt, og "
                "Nordlyset er med på teknikken.",
                140,
            ),
            (
                "communication",
                "Aftalen mellem de tre parter er underskrevet. Programarbejdet går "
                "i gang.",
                75,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Fælles kick-off for festivalens frivillige og bibliotekets "
                "personale",
                "audience": "partner_staff",
                "channel": "Møde i Kulturhuset Nordlyset",
                "days_from_now": -30,
                "done": True,
            },
            {
                "title": "Kald efter unge spoken word-kunstnere",
                "audience": "public",
                "channel": "Instagram og bibliotekets hjemmeside",
                "days_from_now": 45,
                "done": False,
            },
            {
                "title": "Pressemeddelelse om programmet i litteraturteltet",
                "audience": "press",
                "channel": "Pressemeddelelse",
                "days_from_now": 200,
                "done": False,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Send liste over mulige forfattere til festivalen",
                "stage": "communication",
                "assignee": "projektleder",
                "due_in_days": -9,
                "done": False,
            },
            {
                "title": "Lav tekst og billeder til opslaget om spoken word",
                "stage": "communication",
                "assignee": "projektleder2",
                "due_in_days": 30,
                "done": False,
            },
            {
                "title": "Afklar strøm og internet til udlånsstationen",
                "stage": "communication",
                "assignee": "projektleder2",
                "due_in_days": 90,
                "done": False,
            },
        ],
    },
    # --- Evaluation ---------------------------------------------------------
    {
        "title": "Fra kilde til opgave",
        "purpose": (
            "Bibliotekarer underviser gymnasieelever i informationssøgning og "
            "kildekritik op til studieretningsprojektet og holder åbne "
            "vejledningsdage på biblioteket."
        ),
        "vision": (
            "Alle elever på Eksempelby Gymnasium går ud med evnen til at finde, "
            "vurdere og bruge kilder – og ved, at biblioteket kan hjælpe."
        ),
        "library_gives": (
            "Undervisning i alle 3.g-klasser, fire vejledningsdage på "
            "hovedbiblioteket og adgang til bibliotekets databaser."
        ),
        "library_gets": (
            "Kontakt til en hel årgang unge, nye brugere af databaserne og viden "
            "om, hvad unge har brug for i deres skolearbejde."
        ),
        "partners": [
            (
                "gymnasium",
                "Lægger undervisningen ind i skemaet og klæder lærerne på til "
                "samarbejdet",
            ),
        ],
        "goals": ["unge", "digital"],
        "start": "2025-08-01",
        "end": "2026-12-31",
        "budget": 20000,
        "resources": (
            "To bibliotekarer ca. 80 timer i alt i undervisningsperioden og "
            "undervisningslokalet på hovedbiblioteket."
        ),
        "manager": "projektleder2",
        "team": [],
        "history": [
            (
                "agreement",
                "Rektor og studievejlederne bakker op. Vi skriver aftalen sammen med "
                "SRP-koordinatoren.",
                450,
            ),
            (
                "communication",
                "Aftalen er underskrevet, og undervisningen er lagt i skemaet for "
                "alle 3.g-klasser.",
                410,
            ),
            (
                "evaluation",
                "Første hele skoleår er gennemført. Vi evaluerer, før vi beslutter, "
                "om samarbejdet skal fortsætte.",
                30,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Præsentation for lærerne på gymnasiets pædagogiske dag",
                "audience": "partner_staff",
                "channel": "Pædagogisk dag",
                "days_from_now": -400,
                "done": True,
            },
            {
                "title": "Opslag om vejledningsdagene på elevernes intranet",
                "audience": "public",
                "channel": "Gymnasiets intranet",
                "days_from_now": -300,
                "done": True,
            },
            {
                "title": "Erfaringsopsamling på bibliotekets personalemøde",
                "audience": "staff",
                "channel": "Personalemøde",
                "days_from_now": -20,
                "done": True,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Send evalueringsspørgsmål til begge parter",
                "stage": "evaluation",
                "assignee": "projektleder2",
                "due_in_days": -25,
                "done": True,
            },
            {
                "title": "Saml elevernes feedback fra spørgeskemaet",
                "stage": "evaluation",
                "assignee": "projektleder2",
                "due_in_days": -2,
                "done": False,
            },
            {
                "title": "Hold fælles evalueringsmøde med gymnasiet",
                "stage": "evaluation",
                "assignee": "projektleder2",
                "due_in_days": 8,
                "done": False,
            },
        ],
    },
    {
        "title": "Digital hjælp til jobsøgende",
        "purpose": (
            "Jobcenteret, Frivilligcenteret og biblioteket tilbyder ugentlig hjælp "
            "til jobsøgende med digitale ansøgninger, CV og MitID på "
            "hovedbiblioteket."
        ),
        "vision": (
            "Manglende digitale færdigheder må aldrig være grunden til, at en "
            "borger i Eksempelby ikke kommer i job."
        ),
        "library_gives": (
            "Computere, lokaler og digitale vejledere to formiddage om ugen og "
            "materialer om jobsøgning."
        ),
        "library_gets": (
            "Kontakt til en gruppe borgere med stort behov for digital hjælp og en "
            "tydeligere rolle i kommunens beskæftigelsesindsats."
        ),
        "partners": [
            (
                "jobcenter",
                "Henviser borgere og stiller en jobkonsulent til rådighed hver uge",
            ),
            ("frivillig", "Stiller frivillige hjælpere med it-erfaring til rådighed"),
        ],
        "goals": ["digital"],
        "start": "2025-10-01",
        "end": "2027-03-31",
        "budget": 35000,
        "resources": (
            "En digital vejleder seks timer om ugen og kursuslokalet på "
            "hovedbiblioteket to formiddage om ugen."
        ),
        "manager": "projektleder",
        "team": [],
        "history": [
            (
                "agreement",
                "Jobcenteret og Frivilligcenteret har sagt ja. Vi aftaler rollerne "
                "skriftligt.",
                400,
            ),
            (
                "communication",
                "Aftalen er underskrevet af alle tre parter, og den første "
                "hjælpeformiddag er holdt.",
                350,
            ),
            (
                "evaluation",
                "Vi gør status efter et år med skriftlige svar fra alle parter og "
                "et fælles møde.",
                45,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Orientering af jobkonsulenterne om tilbuddet",
                "audience": "partner_staff",
                "channel": "Teammøde i jobcenteret",
                "days_from_now": -345,
                "done": True,
            },
            {
                "title": "Folder om hjælpen udleveret i jobcenteret",
                "audience": "public",
                "channel": "Folder",
                "days_from_now": -340,
                "done": True,
            },
            {
                "title": "Historie om en borger, der fik job, til lokalavisen",
                "audience": "press",
                "channel": "Lokalavis",
                "days_from_now": -90,
                "done": True,
            },
        ],
        "evaluation_completed": False,
        "outcome": "",
        "closing_reflection": "",
        "tasks": [
            {
                "title": "Indhent skriftlige evalueringssvar fra alle parter",
                "stage": "evaluation",
                "assignee": "projektleder",
                "due_in_days": -14,
                "done": False,
            },
            {
                "title": "Træk besøgstal fra bookingsystemet",
                "stage": "evaluation",
                "assignee": "projektleder",
                "due_in_days": -30,
                "done": True,
            },
            {
                "title": "Forbered beslutningsoplæg om fortsættelse",
                "stage": "evaluation",
                "assignee": "projektleder",
                "due_in_days": 21,
                "done": False,
            },
        ],
    },
    # --- Concluded ----------------------------------------------------------
    {
        "title": "Fortællerforestillinger for de mindste",
        "purpose": (
            "Teater Møllen og biblioteket skabte en serie fortællerforestillinger "
            "for 3-6-årige med udgangspunkt i billedbøger, vist på bibliotekerne og "
            "i Kulturhuset Nordlyset."
        ),
        "vision": (
            "Alle børn i Eksempelby oplever, at historier kan leves, ikke kun "
            "læses – og får lyst til at låne bøgerne med hjem."
        ),
        "library_gives": (
            "Udvalg af billedbøger, formidling til dagtilbud og familier, "
            "bogudstillinger ved forestillingerne og lokaler på tre biblioteker."
        ),
        "library_gets": (
            "Professionel scenekunst til bibliotekets yngste brugere, flere udlån "
            "af billedbøger og nye kontakter til dagtilbud."
        ),
        "partners": [
            ("teater", "Udvikler og spiller forestillingerne"),
            ("nordlyset", "Lægger sal og teknik til de store weekendforestillinger"),
        ],
        "goals": ["laesning", "kultur"],
        "start": "2025-05-01",
        "end": "2026-10-15",
        "budget": 90000,
        "resources": (
            "En børnebibliotekar ti timer om ugen i spilleperioderne og "
            "børnebibliotekernes lokaler om formiddagen."
        ),
        "manager": "projektleder",
        "team": ["projektleder2"],
        "history": [
            (
                "agreement",
                "Teatret og Nordlyset er med. Vi har beskrevet, hvad hver part "
                "bidrager med og får ud af det.",
                550,
            ),
            (
                "communication",
                "Aftalen er underskrevet af alle tre parter, og spilleplanen er lagt.",
                500,
            ),
            (
                "evaluation",
                "Sidste forestilling er spillet. Alle parter svarer skriftligt på "
                "evalueringsspørgsmålene før et fælles møde.",
                120,
            ),
            (
                "concluded",
                "Evalueringen er afsluttet, og partnerskabet afsluttes som "
                "planlagt. Vi fortsætter i en ny aftale fra 2027.",
                40,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Invitation til alle dagtilbud i kommunen",
                "audience": "public",
                "channel": "Nyhedsbrev til dagtilbud",
                "days_from_now": -480,
                "done": True,
            },
            {
                "title": "Introduktion af forestillingerne for børnebibliotekarerne",
                "audience": "staff",
                "channel": "Personalemøde",
                "days_from_now": -470,
                "done": True,
            },
            {
                "title": "Pressemeddelelse om premieren",
                "audience": "press",
                "channel": "Pressemeddelelse",
                "days_from_now": -430,
                "done": True,
            },
        ],
        "evaluation_completed": True,
        "outcome": (
            "Teatret spillede 46 forestillinger for i alt ca. 2.300 børn og voksne. "
            "31 af kommunens 38 dagtilbud deltog, og udlånet af de billedbøger, "
            "forestillingerne byggede på, steg markant i spilleperioderne. Alle tre "
            "parter vil fortsætte, og en ny aftale for 2027 er under forberedelse."
        ),
        "closing_reflection": (
            "Det virkede, fordi hver part gjorde det, den var bedst til, og fordi vi "
            "fra starten sagde højt, hvad hver af os ville have ud af det. Det "
            "svære var teatrets premiereperioder, hvor vores henvendelser "
            "druknede. Næste gang lægger vi faste statusmøder ind i kalenderen fra "
            "begyndelsen og inddrager dagtilbuddene tidligere."
        ),
        "tasks": [
            {
                "title": "Saml skriftlige evalueringssvar fra alle parter",
                "stage": "evaluation",
                "assignee": "projektleder",
                "due_in_days": -100,
                "done": True,
            },
            {
                "title": "Hold fælles evalueringsmøde",
                "stage": "evaluation",
                "assignee": "projektleder",
                "due_in_days": -70,
                "done": True,
            },
            {
                "title": "Skriv partnerskabet op som inspirationscase",
                "stage": "concluded",
                "assignee": "projektleder2",
                "due_in_days": 15,
                "done": False,
            },
        ],
    },
    {
        "title": "Bibliotekets podcast på Radio Eksempelby",
        "purpose": (
            "Unge fra bibliotekets skriveværksted skulle sammen med Radio "
            "Eksempelby producere en månedlig podcast om bøger, spil og film, som "
            "også blev sendt i radioen."
        ),
        "vision": (
            "Unge stemmer fra Eksempelby bliver hørt, og bøgerne får et nyt "
            "publikum i æteren og på nettet."
        ),
        "library_gives": (
            "Rekruttering af unge gennem skriveværkstedet, en bibliotekar som "
            "redaktør og anbefalinger af bøger, spil og film."
        ),
        "library_gets": (
            "Professionelt studie og udstyr, sendetid i lokalradioen og unge, der "
            "lærer at formidle det, de læser."
        ),
        "partners": [
            ("radio", "Stiller studie og teknik til rådighed og sender podcasten"),
        ],
        "goals": ["unge", "kultur"],
        "start": "2025-11-01",
        "end": "2026-06-28",
        "budget": 30000,
        "resources": (
            "En ungdomsbibliotekar fire timer om ugen og et mødelokale til "
            "redaktionsmøder."
        ),
        "manager": "projektleder2",
        "team": [],
        "history": [
            (
                "agreement",
                "Radioen har sagt ja, og de første unge har meldt sig.",
                370,
            ),
            (
                "communication",
                "Aftalen er underskrevet, og første afsnit er planlagt til januar.",
                330,
            ),
            (
                "concluded",
                "Partnerskabet afsluttes før tid, fordi Radio Eksempelby har "
                "mistet sit kommunale driftstilskud og må lukke studiet.",
                150,
            ),
        ],
        "agreement_signed": True,
        "plan_activities": [
            {
                "title": "Opslag om at blive podcastvært",
                "audience": "public",
                "channel": "Instagram",
                "days_from_now": -320,
                "done": True,
            },
            {
                "title": "Pressemeddelelse om podcastens første sæson",
                "audience": "press",
                "channel": "Pressemeddelelse",
                "days_from_now": -140,
                "done": False,
            },
        ],
        "evaluation_completed": False,
        "outcome": (
            "Der nåede at blive produceret fem afsnit med i alt ni unge værter. "
            "Partnerskabet sluttede før tid, da Radio Eksempelby mistede sit "
            "kommunale driftstilskud og lukkede studiet i juni. Afsnittene ligger "
            "fortsat på bibliotekets hjemmeside."
        ),
        "closing_reflection": (
            "De unge var engagerede, og formatet virkede. Vi var for afhængige af én "
            "partners udstyr og økonomi og havde ingen plan B. Vi holder kontakten "
            "med radioens frivillige og undersøger, om podcasten kan fortsætte i "
            "bibliotekets eget makerspace."
        ),
        "tasks": [
            {
                "title": "Informer de unge værter om lukningen",
                "stage": "concluded",
                "assignee": "projektleder2",
                "due_in_days": -148,
                "done": True,
            },
            {
                "title": "Flyt afsnittene til bibliotekets hjemmeside",
                "stage": "concluded",
                "assignee": "projektleder2",
                "due_in_days": -120,
                "done": True,
            },
        ],
    },
]
