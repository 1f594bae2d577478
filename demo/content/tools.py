"""Demo content for the toolbox: the index page and its fifteen tools.

Texts are in Danish. Each tool's ``body`` is a list of (block_type, value) pairs
for the blocks in ``cms.blocks.TOOL_BLOCKS``; ``downloads`` are keys into
``demo.content.documents.DOCUMENTS``.
"""

TOOLBOX_INDEX = {
    "title": "Værktøjskassen",
    "intro": (
        "Værktøjskassen samler modeller, skabeloner, tjeklister og spørgsmål, der "
        "hjælper jer hele vejen fra den første idé til et partnerskab til evalueringen "
        "og afslutningen. Nogle værktøjer giver overblik over hele forløbet, mens "
        "andre er lavet til et bestemt skridt, fx når I skal skrive en aftale eller "
        "forberede et møde. Vælg det, der passer til jeres situation, og tilpas det "
        "til jeres eget bibliotek."
    ),
}

TOOLS = [
    {
        "slug": "partnerskabsspillet",
        "title": "Partnerskabsspillet",
        "summary": (
            "Et træningsspil, hvor medarbejderne øver sig i partnerskabsarbejde i "
            "trygge rammer, fra den første kontakt til en fælles aftale."
        ),
        "tool_type": "game",
        "stages": ["initiation"],
        "when_to_use": (
            "Brug spillet, før biblioteket går i gang med nye partnerskaber, eller når "
            "en større gruppe medarbejdere skal klædes på til opgaven. Det passer godt "
            "til et personalemøde, en temadag eller introduktionen af nye kolleger."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Herning Bibliotekerne udviklede et spil, der træner "
                    "partnerskabsarbejde, og præsenterede det på en konference i april "
                    "2011. Tanken er enkel: Man lærer meget om partnerskaber ved at "
                    "prøve rollerne af, før der står noget på spil. I et spil kan man "
                    "tage en forhandling om, afprøve en dristig idé og opdage, hvor "
                    "ens egne antagelser ikke holder.</p><p>Spillets oprindelige "
                    "regler er ikke gengivet her. I stedet får I vores eget forslag "
                    "til et partnerskabsspil i samme ånd. Det tager en til to timer og "
                    "kræver kun papir, kuglepenne og nogle kort, I selv skriver.</p>"
                    "<h3>Sådan spiller I</h3><ol><li><strong>Hold og roller.</strong> "
                    "Del deltagerne i hold på tre til fire personer. Ét hold er "
                    "biblioteket, de andre er mulige partnere, fx en skole, en "
                    "virksomhed, en forening eller et museum. Hvert partnerhold får et "
                    "kort med sine egne mål, ressourcer og begrænsninger, som de andre "
                    "hold ikke kender.</li><li><strong>Første møde.</strong> "
                    "Biblioteksholdet har ti minutter sammen med hver partner. Opgaven "
                    "er at finde ud af, hvad partneren gerne vil opnå, og hvad begge "
                    "parter kan bidrage med.</li><li><strong>Aftalen.</strong> "
                    "Biblioteket vælger én partner og skriver sammen med den en kort "
                    "aftale på et A4-ark: formål, aktiviteter, bidrag, og hvad hver "
                    "part får ud af det.</li><li><strong>Hændelseskort.</strong> "
                    "Spillederen trækker et kort med en uventet hændelse, fx en "
                    "besparelse, en tovholder, der bliver syg, eller en journalist, "
                    "der ringer. Holdene skal reagere ud fra den aftale, de har "
                    "skrevet.</li><li><strong>Opsamling.</strong> Alle hold fortæller, "
                    "hvad de gjorde, og hvad de ville gøre anderledes i "
                    "virkeligheden.</li></ol><p>Det vigtigste sker i opsamlingen. Her "
                    "bliver det tydeligt, hvor svært det kan være at se sagen fra "
                    "partnerens side, og hvor meget en klar aftale betyder, når noget "
                    "går skævt.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til opsamlingen",
                    "questions": [
                        (
                            "Hvad ville partneren egentlig opnå, og hvornår fandt I ud "
                            "af det?"
                        ),
                        (
                            "Hvilke af bibliotekets styrker fik I fortalt om, og "
                            "hvilke glemte I?"
                        ),
                        (
                            "Hvordan hjalp jeres aftale jer, da hændelseskortet blev "
                            "trukket?"
                        ),
                        (
                            "Hvad tager vi med ind i de partnerskaber, vi arbejder med "
                            "lige nu?"
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Skriv partnerkortene ud fra rigtige organisationer i jeres "
                        "lokalområde. Så bliver spillet samtidig en idéudvikling om, "
                        "hvem I kunne samarbejde med."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "12-faser-model",
        "title": "Partnerskabsmodel i 12 faser",
        "summary": (
            "En model, der deler partnerskabets forløb op i tolv faser, fra den første "
            "afdækning til beslutningen om at fortsætte eller afslutte. Den giver "
            "overblik over, hvad der venter."
        ),
        "tool_type": "model",
        "stages": [
            "initiation",
            "agreement",
            "communication",
            "evaluation",
            "concluded",
        ],
        "when_to_use": (
            "Brug modellen, når I planlægger et nyt partnerskab og vil se hele "
            "forløbet på én gang. Vend tilbage til den undervejs for at se, hvor I er, "
            "og hvad den næste fase kræver."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab er ikke en enkelt begivenhed, men et forløb. "
                    "Hver fase har sine egne opgaver og sine egne faldgruber. Modellen "
                    "deler forløbet op i tolv faser, der svarer til den "
                    "partnerskabscyklus, som The Partnering Initiative beskriver i "
                    "<em>The Partnering Toolbook</em>.</p><p>Faserne kommer i en "
                    "bestemt rækkefølge, men i praksis bevæger man sig ofte frem og "
                    "tilbage. Et partnerskab, der har kørt et stykke tid, kan fx have "
                    "brug for at vende tilbage til fase 3 og blive enige om målene "
                    "igen.</p><h3>De tolv faser</h3><ol>"
                    "<li><strong>Afdækning.</strong> Forstå udfordringen, indsaml "
                    "viden, tal med interessenter og mulige ressourcegivere, og byg en "
                    "vision for, hvad et partnerskab kan skabe.</li>"
                    "<li><strong>Identifikation.</strong> Find de rette partnere, og "
                    "få dem motiveret til at være med.</li>"
                    "<li><strong>Opbygning.</strong> Bliv enige om mål, delmål og de "
                    "grundprincipper, I vil arbejde efter.</li>"
                    "<li><strong>Planlægning.</strong> Planlæg aktiviteterne, og "
                    "skitsér et konkret projekt.</li><li><strong>Styring.</strong> Læg "
                    "en struktur for ledelse og styring, der kan holde på mellemlang "
                    "og lang sigt.</li><li><strong>Ressourcer.</strong> Skaf og fordel "
                    "det, partnerskabet har brug for: tid, kompetencer, lokaler, "
                    "materialer og penge.</li><li><strong>Gennemførelse.</strong> Sæt "
                    "aktiviteterne i gang, og hold dem kørende.</li>"
                    "<li><strong>Måling.</strong> Gør status over, hvad der er leveret "
                    "og opnået. Når I de mål, I satte jer?</li>"
                    "<li><strong>Gennemgang.</strong> Se på, hvad partnerskabet "
                    "betyder for hver af partnerorganisationerne. Skal nogen træde ud, "
                    "eller skal nye partnere med?</li><li><strong>Justering.</strong> "
                    "Tilpas partnerskabet og projekterne i lyset af erfaringerne.</li>"
                    "<li><strong>Forankring.</strong> Skab de strukturer, der skal til "
                    "for at holde fast i partnerskabet på lang sigt.</li>"
                    "<li><strong>Videreførelse eller afslutning.</strong> Beslut, om "
                    "partnerskabet skal fortsætte, eventuelt i en ny form, eller "
                    "afsluttes på en god måde.</li></ol><h3>Faserne og de fem trin</h3>"
                    "<p>På dette site er partnerskabsarbejdet delt op i fem trin. De "
                    "tolv faser passer ind i dem på denne måde:</p><ul>"
                    "<li><strong>Initiering:</strong> fase 1 og 2, hvor I afdækker "
                    "behovet og finder partnerne.</li><li><strong>Aftale:</strong> "
                    "fase 3, 4 og 6, hvor I bliver enige om mål og principper, "
                    "planlægger og fordeler ressourcerne.</li>"
                    "<li><strong>Kommunikation:</strong> fase 5 og 7, hvor "
                    "partnerskabet bliver styret og gennemført, og hvor løbende "
                    "information er afgørende.</li><li><strong>Evaluering:</strong> "
                    "fase 8 og 9, hvor I måler resultaterne og ser på, hvad "
                    "samarbejdet giver hver partner.</li><li><strong>Afsluttet eller "
                    "fornyet:</strong> fase 10, 11 og 12, hvor I justerer, forankrer "
                    "og beslutter, om partnerskabet skal fortsætte.</li></ul>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til jeres partnerskab",
                    "questions": [
                        (
                            "Hvilken fase er vi i lige nu, og er alle partnere enige "
                            "om det?"
                        ),
                        "Hvad skal være på plads, før vi går videre til næste fase?",
                        "Har vi sprunget en fase over, som vi bør vende tilbage til?",
                        (
                            "Hvem har ansvaret for at føre partnerskabet videre til "
                            "næste fase?"
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Mange partnerskaber går i stå mellem gennemførelse og måling: "
                        "Aktiviteterne kører, men ingen gør status. Sæt datoer for "
                        "måling og gennemgang i kalenderen allerede, mens I planlægger."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "partnerskaber-udvikler-organisationen",
        "title": "Partnerskaber udvikler organisationen",
        "summary": (
            "Et overblik over, hvordan samarbejdet med partnere giver biblioteket et "
            "nyt blik på sig selv og udvikler alle de organisationer, der er med."
        ),
        "tool_type": "model",
        "stages": ["initiation", "evaluation"],
        "when_to_use": (
            "Brug værktøjet, når I skal forklare ledelse og kolleger, hvorfor "
            "partnerskaber er en investering i bibliotekets udvikling. Det er også "
            "nyttigt ved evalueringen, når I gør status over, hvad partnerskabet har "
            "lært jer."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab skaber resultater ude i verden, fx et nyt "
                    "arrangement, en ny tjeneste eller kontakt til en ny målgruppe. "
                    "Men det giver også noget tilbage til de organisationer, der "
                    "deltager. Når man arbejder tæt sammen med andre, ser man sin egen "
                    "organisation udefra. Vaner, der føltes selvfølgelige, bliver "
                    "synlige, og man opdager styrker, man ikke vidste, man havde.</p>"
                    "<h3>Fire måder, partnerskaber udvikler organisationen på</h3><ul>"
                    "<li><strong>Et spejl.</strong> Partnerens spørgsmål og undren "
                    "viser, hvordan biblioteket ser ud for andre. Det er et godt "
                    "udgangspunkt for at skærpe bibliotekets profil.</li>"
                    "<li><strong>Ny viden og nye kompetencer.</strong> Medarbejderne "
                    "lærer nye arbejdsformer, fagsprog og metoder, fx fra en "
                    "virksomhed, et museum eller en forening.</li>"
                    "<li><strong>Inspiration til nye løsninger.</strong> Når "
                    "forskellige faglige blikke mødes, opstår der idéer, som ingen af "
                    "parterne ville have fået alene. Her kan partnerskaber blive en "
                    "drivkraft for innovation.</li><li><strong>Et bredere "
                    "netværk.</strong> Et vellykket partnerskab åbner ofte døren for "
                    "det næste, fordi både biblioteket og partneren får nye "
                    "kontakter.</li></ul><p>Udviklingen går begge veje. Partneren "
                    "lærer også noget af biblioteket, fx om at finde og strukturere "
                    "information, om at nå bredt ud til borgerne eller om at skabe "
                    "arrangementer. Det er en del af det, der gør samarbejdet "
                    "værdifuldt for begge parter.</p><p>Læringen kommer dog ikke af "
                    "sig selv. Den skal samles op og deles, ellers bliver den hos de "
                    "få medarbejdere, der var tæt på partnerskabet. Gør det derfor til "
                    "en fast del af evalueringen at spørge, hvad biblioteket som "
                    "organisation har lært, og hvordan det kan bruges i andre dele af "
                    "huset.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til refleksion",
                    "questions": [
                        (
                            "Hvad har vores partnere undret sig over, når de har "
                            "arbejdet med os?"
                        ),
                        (
                            "Hvilke af partnerens arbejdsformer kunne vi have gavn af "
                            "i vores egen hverdag?"
                        ),
                        (
                            "Hvilke af vores styrker blev tydelige for os gennem "
                            "samarbejdet?"
                        ),
                        "Hvad har partneren lært af os?",
                        "Hvem i organisationen skal høre om det, vi har lært?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Sæt et kort punkt på personalemødet, hver gang et partnerskab "
                        "når en milepæl: Hvad lærte vi, og hvad gør vi anderledes "
                        "fremover?"
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "partnerskabsdefinitioner",
        "title": "Partnerskabsdefinitioner",
        "summary": (
            "Tre eksempler på, hvordan et partnerskab kan defineres, og en øvelse, der "
            "hjælper jer med at skrive bibliotekets egen definition."
        ),
        "tool_type": "definitions",
        "stages": ["initiation", "agreement"],
        "when_to_use": (
            "Brug værktøjet, når biblioteket begynder at arbejde strategisk med "
            "partnerskaber, eller når I oplever, at kolleger eller partnere taler "
            "forbi hinanden om, hvad et partnerskab er."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Ordet partnerskab bliver brugt om mange forskellige ting, fra "
                    "et enkelt lån af lokaler til et flerårigt samarbejde med fælles "
                    "budget. Hvis medarbejderne ikke har et fælles sprog, bliver det "
                    "svært at prioritere, og partnerne kan få forskellige "
                    "forventninger. Derfor er det en god idé, at biblioteket selv "
                    "beslutter, hvad det forstår ved et partnerskab.</p><p>Fælles for "
                    "de tre definitioner nedenfor er, at et partnerskab er mere end et "
                    "kunde- eller leverandørforhold. Alle parter bidrager, og alle "
                    "parter får noget ud af det.</p><h3>1. Den formålsbaserede "
                    "definition</h3><p><em>Kilde: Det Kongelige Bibliotek.</em> Et "
                    "partnerskab består af to eller flere parter, som hver har deres "
                    "egen interesse, eventuelt også en kommerciel, i at løse en opgave "
                    "eller skabe et produkt sammen. Samarbejdet bliver skrevet ned i "
                    "en aftale, der fastlægger opgavefordelingen, principperne for "
                    "arbejdet, varigheden, parternes fælles og individuelle "
                    "rettigheder og forholdet til tredjepart.</p><h3>2. Den "
                    "tværsektorielle definition</h3><p><em>Kilde: Jan Toftegaard "
                    "Støckel, november 2010.</em> Et partnerskab er et formaliseret og "
                    "struktureret samarbejde mellem ligeværdige parter fra forskellige "
                    "sektorer. Parterne forpligter sig over for hinanden, arbejder i "
                    "dialog og lægger ressourcer og kompetencer sammen for at løse "
                    "konkrete problemer eller udvikle nye processer og aktiviteter.</p>"
                    "<h3>3. Win-win-definitionen</h3><p><em>Kilde: rapporten om "
                    "folkebibliotekerne i vidensamfundet, 2010.</em> Partnerskaber er "
                    "konkrete initiativer, hvor alle parter bidrager med ressourcer og "
                    "aftaler fælles spilleregler. Parterne beriger hinanden, og "
                    "samarbejdet kommer bibliotekets brugere til gode.</p><h3>Skriv "
                    "jeres egen definition</h3><p>I kan bruge en af definitionerne, "
                    "som den er, eller lade dem inspirere jer til jeres egen. Det "
                    "vigtigste er, at definitionen passer til jeres bibliotek og jeres "
                    "strategi, og at alle medarbejdere kender den. Øvelsen nedenfor "
                    "tager omkring en time og kan gennemføres i ledergruppen eller i "
                    "en arbejdsgruppe med deltagere fra flere afdelinger.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Øvelse: Sådan skriver I jeres definition",
                    "items": [
                        (
                            "Læs de tre definitioner hver for sig, og understreg de "
                            "ord, der passer til jeres bibliotek."
                        ),
                        (
                            "Del jeres understregninger i gruppen, og find de ord, I "
                            "er enige om."
                        ),
                        (
                            "Skriv hver især en definition på højst tre linjer med de "
                            "fælles ord som udgangspunkt."
                        ),
                        "Sammenlign forslagene, og skriv én fælles definition.",
                        (
                            "Test definitionen på tre af jeres nuværende samarbejder: "
                            "Er de partnerskaber efter jeres egen definition?"
                        ),
                        (
                            "Justér definitionen, og præsentér den for resten af "
                            "personalet."
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Et partnerskab skal skabe noget, som ingen af parterne kunne "
                        "have skabt alene. Gevinsterne behøver ikke at være lige "
                        "store, men hver part skal vide, hvad de andre gerne vil have "
                        "ud af samarbejdet."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "to-tilgange-til-organisering",
        "title": "To tilgange til organisering af det strategiske arbejde",
        "summary": (
            "To måder at få partnerskabsstrategien ud i hele organisationen på: "
            "Afdelingerne prioriterer selv, eller et tværgående team udvælger. Med "
            "fordele og ulemper ved hver."
        ),
        "tool_type": "model",
        "stages": ["initiation"],
        "when_to_use": (
            "Brug værktøjet, når biblioteket har en strategi og skal beslutte, hvordan "
            "afdelingerne skal omsætte den til partnerskaber. Det er også nyttigt, når "
            "I vil vurdere, om den nuværende organisering virker."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>En partnerskabsstrategi virker kun, hvis hele organisationen "
                    "tager den til sig. Hvis partnerskaberne hviler på en enkelt "
                    "ildsjæl, forsvinder de, når ildsjælen gør. Afdelingerne skal "
                    "derfor arbejde strategien ind i deres egne arbejds- og "
                    "aktivitetsplaner. Det kan gøres på to måder, som begge har "
                    "styrker og svagheder.</p><h3>Tilgang 1: Afdelingerne prioriterer "
                    "selv</h3><p>Hver afdeling tager udgangspunkt i bibliotekets "
                    "strategi og vælger selv de partnerskaber, den vil arbejde med.</p>"
                    "<p><strong>Fordele:</strong> Afdelingerne bliver nødt til at "
                    "reflektere over deres egen rolle, deres særlige styrker og deres "
                    "muligheder for at skabe noget nyt. Når medarbejderne selv er med "
                    "til at vælge, får de større forståelse for arbejdet og mere lyst "
                    "til det.</p><p><strong>Ulemper:</strong> Det er svært at "
                    "koordinere alle partnerskaberne og se, om de samlet set peger mod "
                    "bibliotekets mål. Planerne bliver ofte små, trinvise og sikre, "
                    "fordi hver afdeling holder sig til det, den kender.</p>"
                    "<h3>Tilgang 2: Et tværgående partnerskabsteam udvælger</h3><p>Et "
                    "bredt sammensat team af beslutningstagere fra alle afdelinger "
                    "tager udgangspunkt i den samlede strategi og udvælger de "
                    "partnerskaber, afdelingerne skal arbejde med.</p>"
                    "<p><strong>Fordele:</strong> I får en sammenhængende plan og en "
                    "klarere kommunikation om partnerskaberne. Det bliver lettere at "
                    "skabe helhedsorienterede initiativer på tværs af afdelinger, "
                    "partnerne bliver valgt mere bevidst, og partnerskaber bliver et "
                    "emne på ledelsesniveau.</p><p><strong>Ulemper:</strong> "
                    "Afdelingerne kan opleve opgaverne som ordrer oppefra og føle "
                    "mindre ejerskab. Teamet kan også komme langt fra den daglige "
                    "praksis og overse muligheder, som medarbejderne kender til. Og "
                    "hvis alle beslutninger skal forbi teamet, kan det blive en "
                    "flaskehals.</p><p>Mange biblioteker ender med en blanding: Et "
                    "team sætter retningen og holder overblikket, mens afdelingerne "
                    "selv foreslår og driver partnerskaber inden for de rammer, teamet "
                    "har lagt.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til valget af tilgang",
                    "questions": [
                        (
                            "Hvor stor er vores organisation, og hvor mange "
                            "partnerskaber har vi i gang?"
                        ),
                        (
                            "Har afdelingerne tid og lyst til selv at prioritere "
                            "partnerskaber?"
                        ),
                        "Hvem har i dag overblikket over alle vores partnerskaber?",
                        (
                            "Hvordan sikrer vi, at afdelingerne føler ejerskab, hvis "
                            "et team udvælger partnerskaberne?"
                        ),
                        (
                            "Hvordan sikrer vi sammenhængen, hvis afdelingerne "
                            "prioriterer selv?"
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Uanset hvilken tilgang I vælger: Skriv partnerskaberne ind i "
                        "afdelingernes årsplaner, så de får tid og ressourcer på lige "
                        "fod med den øvrige drift."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "kompetencer-i-partnerskabsarbejdet",
        "title": "Kompetencer i partnerskabsarbejdet",
        "summary": (
            "Tre kompetenceprofiler, som biblioteket har brug for i "
            "partnerskabsarbejdet: den netværksansvarlige, den partnerskabsansvarlige "
            "og alle medarbejdere."
        ),
        "tool_type": "model",
        "stages": ["initiation"],
        "when_to_use": (
            "Brug værktøjet, når I fordeler roller i partnerskabsarbejdet, planlægger "
            "kompetenceudvikling eller skal ansætte nye medarbejdere."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Gode partnerskaber kræver særlige kompetencer, og de skal "
                    "findes flere steder i organisationen. Nogle kan I udvikle hos de "
                    "medarbejdere, I allerede har. Andre kan I kigge efter, når I "
                    "ansætter. Alle kompetencer trives bedst, når ledelsen inddrager "
                    "medarbejderne og giver dem lyst til opgaven.</p><h3>Den "
                    "netværksansvarlige</h3><p>Den netværksansvarlige har overblikket "
                    "over alle bibliotekets partnerskaber og relationer, men behøver "
                    "ikke selv at stå for det praktiske arbejde. Rollen kræver:</p><ul>"
                    "<li>gode kommunikative evner</li><li>overblik over både "
                    "biblioteket og samfundet omkring det</li><li>evne til at "
                    "koordinere</li><li>ledelsesansvar eller tydelig opbakning fra "
                    "ledelsen</li><li>blik for hele organisationen på tværs af "
                    "afdelinger</li><li>godt kendskab til bibliotekets ressourcer</li>"
                    "</ul><h3>Den partnerskabsansvarlige</h3><p>Hvert partnerskab bør "
                    "have sin egen ansvarlige. Den partnerskabsansvarlige:</p><ul>"
                    "<li>kender bibliotekets retningslinjer og procedurer for "
                    "partnerskaber</li><li>kan kommunikere med mange forskellige "
                    "mennesker og faggrupper</li><li>deler viden og erfaringer med de "
                    "andre partnerskabsansvarlige i huset</li></ul><h3>Alle "
                    "medarbejdere</h3><p>Partnerskaber angår hele biblioteket. Alle "
                    "medarbejdere bør derfor:</p><ul><li>være åbne over for "
                    "partnerskaber og tale om dem</li><li>fejre nye partnerskaber, når "
                    "de bliver indgået</li><li>kende bibliotekets strategi og give den "
                    "videre</li><li>kende bibliotekets styrker og svagheder</li>"
                    "</ul><h3>Når I ansætter</h3><p>Læg mærke til ansøgerens "
                    "personlige netværk. En ny medarbejder med kontakter i fx "
                    "erhvervslivet, foreningslivet eller uddannelsesverdenen kan åbne "
                    "døre for biblioteket. Spørg også ind til erfaring med at arbejde "
                    "på tværs af faggrupper og organisationer, og til hvordan "
                    "ansøgeren har håndteret samarbejder, hvor parterne havde "
                    "forskellige mål.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til jeres organisation",
                    "questions": [
                        "Hvem har i dag overblikket over alle vores partnerskaber?",
                        "Har hvert af vores partnerskaber en navngiven ansvarlig?",
                        "Hvordan deler de partnerskabsansvarlige viden med hinanden?",
                        (
                            "Hvilke kompetencer mangler vi, og skal vi udvikle dem "
                            "eller ansætte nogen, der har dem?"
                        ),
                        "Hvordan hører alle medarbejdere om nye partnerskaber?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Hold et fast netværksmøde for de partnerskabsansvarlige et "
                        "par gange om året. Det er en billig måde at dele erfaringer "
                        "på, og det forhindrer, at flere afdelinger henvender sig til "
                        "den samme partner hver for sig."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "vi-kan-vil-du",
        "title": "Vi kan – vil du?",
        "summary": (
            "En metode til at kortlægge, hvad biblioteket kan tilbyde en partner, og "
            "præsentere det, så mulige partnere kan se værdien."
        ),
        "tool_type": "method",
        "stages": ["initiation"],
        "when_to_use": (
            "Brug metoden, når biblioteket vil blive bedre til at fortælle, hvad det "
            "kan bidrage med, fx før I opsøger nye partnere, eller når I reviderer "
            "jeres strategi."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Mulige partnere ved sjældent, hvad et bibliotek kan tilbyde. "
                    "Samtidig er biblioteker ofte for beskedne og sælger sig selv for "
                    "billigt. Hvis I vil have gode partnere, skal I selv kende jeres "
                    "styrker og kunne fortælle om dem kort og præcist.</p>"
                    "<p>Hovedbiblioteket i Aarhus gik systematisk til værks i "
                    "efteråret 2010. Alle teams skrev ned, hvad biblioteket og det "
                    "enkelte team kunne bidrage med i et samarbejde. Teamlederne "
                    "samlede listerne og kvalitetssikrede dem. Planen var en trykt "
                    "folder, men den blev hurtigt forældet. Resultatet blev i stedet "
                    "en kort flyer og mere detaljerede lister med kontaktpersoner på "
                    "bibliotekets hjemmeside, som kan opdateres løbende. Erfaringen "
                    "er, at en organisation i bevægelse har brug for et levende "
                    "produkt.</p><h3>Sådan gør I</h3><ol><li>Bed alle teams eller "
                    "afdelinger om at skrive ned, hvad de kan tilbyde en partner. Tænk "
                    "bredt: viden, lokaler, arrangementer, formidling og kontakt til "
                    "borgerne.</li><li>Lad lederne samle listerne, fjerne overlap og "
                    "tjekke, at tilbuddene faktisk kan leveres.</li><li>Skriv en kort "
                    "præsentation af bibliotekets vigtigste styrker, som I kan bruge i "
                    "den første kontakt med en partner.</li><li>Læg de detaljerede "
                    "tilbud og kontaktpersoner et sted, hvor de let kan opdateres.</li>"
                    "<li>Aftal, hvem der holder listerne ajour, og hvor ofte de bliver "
                    "gennemgået.</li></ol><p>Mange biblioteker har flere aktiver, end "
                    "de selv tænker over: kontakt til borgere i alle aldre, mange "
                    "besøgende, et troværdigt og ikke-kommercielt image, ekspertise i "
                    "at finde og strukturere information, erfaring med projektledelse "
                    "og arrangementer og kompetencer inden for it og web. For en "
                    "virksomhed kan et samarbejde med biblioteket være en måde at "
                    "profilere sig gennem kultur på i stedet for fx gennem sport.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Det kan biblioteket ofte tilbyde",
                    "items": [
                        "Kontakt til mange og meget forskellige borgere",
                        "Lokaler, der er åbne mange timer om ugen",
                        "Et troværdigt og ikke-kommercielt image",
                        "Ekspertise i at finde, vurdere og strukturere information",
                        "Erfaring med arrangementer og formidling",
                        "Projektledelse og kendskab til lokalsamfundet",
                        "Kompetencer inden for it, web og digitale medier",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Formulér jeres tilbud, så de svarer på partnerens spørgsmål: "
                        "»Hvad får vi ud af det?« Et konkret tilbud er lettere at sige "
                        "ja til end en generel invitation til samarbejde."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "gode-spoergsmaal-til-partnerskabsmoedet",
        "title": "Gode spørgsmål til partnerskabsmødet",
        "summary": (
            "Spørgsmål og huskepunkter til før, under og efter mødet med jeres "
            "partnere, så møderne bliver konstruktive og skaber fremdrift."
        ),
        "tool_type": "questions",
        "stages": ["initiation", "communication"],
        "when_to_use": (
            "Brug værktøjet, hver gang I holder møde med jeres partnere, både ved de "
            "første, indledende møder og ved de faste møder, mens partnerskabet kører."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Møderne er partnerskabets motor. Det er her, parterne lærer "
                    "hinanden at kende, træffer beslutninger og løser problemer. Et "
                    "dårligt forberedt møde kan koste både tid og tillid, mens et godt "
                    "møde giver energi og fremdrift. Værktøjet bygger på "
                    "kommunikationsmanualen <em>Talking the Walk</em> fra The "
                    "Partnering Initiative og er tilpasset bibliotekernes hverdag.</p>"
                    "<h3>Før mødet</h3><p>Den bedste mødeledelse sker, før mødet "
                    "begynder. Sørg for, at de rigtige personer fra hver partner er "
                    "inviteret, og overvej, om det vil styrke mødet at invitere "
                    "nøglepersoner udefra. Send en deltagerliste ud, hvor det fremgår, "
                    "hvilken organisation hver deltager kommer fra, og hvilken rolle "
                    "vedkommende har både i sin organisation og i partnerskabet. Aftal "
                    "dagsorden og mødeform i god tid, så ingen bliver overrasket, og "
                    "alle kan forberede sig.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Før mødet",
                    "items": [
                        "Invitér de rigtige personer fra hver partner.",
                        (
                            "Overvej, om nøglepersoner uden for "
                            "partnerorganisationerne skal inviteres."
                        ),
                        (
                            "Send en deltagerliste med organisation, rolle i "
                            "organisationen og rolle i partnerskabet."
                        ),
                        (
                            "Tænk over kulturelle eller andre hensyn, der har "
                            "betydning for, hvordan mødet skal ledes."
                        ),
                        "Aftal dagsorden og mødeform med deltagerne på forhånd.",
                        "Bed om, at relevante emner bliver undersøgt inden mødet.",
                        "Vælg et mødested, hvor alle føler sig velkomne.",
                        "Kom til tiden, og opfordr de andre til at gøre det samme.",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<h3>Under mødet</h3><p>Under mødet handler det om at skabe "
                    "klarhed. Bliv ved med at stille spørgsmål, der får formål, rammer "
                    "og holdninger frem i lyset. Søg og giv klarhed om de emner, der "
                    "bliver rejst, og tjek, at I har forstået hinanden: Gentag med "
                    "egne ord, stil opfølgende spørgsmål, og opsummér. Udvid "
                    "diskussionen, når det giver mening, og insistér på en afklaring, "
                    "når et punkt er uklart.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål at stille under mødet",
                    "questions": [
                        "Hvad er det, vi prøver at opnå?",
                        "Hvad betyder dette samarbejde eller projekt for hver af os?",
                        "Hvad er tidsrammen, og hvor går grænserne?",
                        "Har vi overvejet de andre muligheder og konsekvenserne?",
                        "Hvad tænker du?",
                        (
                            "Er det din personlige holdning, din organisations "
                            "holdning eller en generel vurdering?"
                        ),
                        (
                            "Har jeg forstået dig rigtigt, hvis jeg gentager det med "
                            "mine egne ord?"
                        ),
                        "Hvem gør hvad, og hvornår?",
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<h3>Efter mødet</h3><p>Et møde er først færdigt, når "
                    "beslutningerne er fulgt op. Send et kort referat inden for få "
                    "dage med beslutninger, ansvarlige og frister. Fortæl kollegerne i "
                    "jeres egen organisation, hvad der blev besluttet, og giv besked "
                    "til dem, der ikke kunne deltage.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Efter mødet",
                    "items": [
                        (
                            "Send et kort referat med beslutninger, ansvarlige og "
                            "frister inden for få dage."
                        ),
                        (
                            "Giv besked til dem, der ikke deltog, men som skal kende "
                            "beslutningerne."
                        ),
                        "Fortæl kollegerne i jeres egen organisation, hvad der skete.",
                        "Følg op på de aftalte opgaver før næste møde.",
                        "Overvej, om de rette personer var med, og om alle fik ordet.",
                        (
                            "Skriv det ind i kommunikationsplanen, hvis noget fra "
                            "mødet skal ud til offentligheden."
                        ),
                    ],
                },
            ),
        ],
        "downloads": [],
        "working_tool": "meeting",
    },
    {
        "slug": "udfordringer-i-partnerskabsarbejdet",
        "title": "Udfordringer i partnerskabsarbejdet",
        "summary": (
            "De typiske udfordringer i et partnerskab, og hvordan I forebygger dem. "
            "Brug listen til en risikovurdering, før partnerskabet for alvor går i "
            "gang."
        ),
        "tool_type": "checklist",
        "stages": ["initiation", "communication", "concluded"],
        "when_to_use": (
            "Lav risikovurderingen tidligt, gerne mens I forhandler om aftalen. Tag "
            "den frem igen undervejs, fx når der sker ændringer hos en af partnerne."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>De fleste partnerskaber møder de samme udfordringer. Det er "
                    "ikke et tegn på, at samarbejdet er dårligt, men på at I skal være "
                    "forberedt. Gennemgå udfordringerne tidligt, helst sammen med "
                    "partnerne. Så kan I aftale, hvordan I forebygger dem, og hvad I "
                    "gør, hvis de alligevel opstår.</p><h3>En langsom proces</h3>"
                    "<p>Det tager tid at bygge et partnerskab. Hvis ingen har sat tid "
                    "af, går arbejdet i stå, fordi opfølgningen ikke sker, mens "
                    "motivationen er høj. <strong>Forebyg:</strong> Sæt tid af til "
                    "partnerskabet i arbejdsplanerne, og aftal den næste konkrete "
                    "handling, før I forlader hvert møde.</p><h3>For lidt eller for "
                    "meget information</h3><p>Næsten alle problemer mellem partnere "
                    "kan føres tilbage til mangelfuld information. Alle skal føle sig "
                    "informeret, men ingen skal drukne i mails. "
                    "<strong>Forebyg:</strong> Lav en kommunikationsplan, og aftal, "
                    "hvem der får hvilken information, og hvor ofte.</p><h3>Manglende "
                    "forståelse for hinandens organisationer</h3><p>Partnere arbejder "
                    "i forskellige rytmer og kulturer. Nogle planlægger et år frem, "
                    "andre lever i nyhedernes tempo. Nogle arbejder i kontortiden, "
                    "andre med frivillige om aftenen. <strong>Forebyg:</strong> Brug "
                    "tid i starten på at fortælle hinanden, hvordan I arbejder, og vær "
                    "parate til at mødes på midten og ændre jeres egne vaner.</p>"
                    "<h3>Forholdene ændrer sig</h3><p>En omorganisering, en ny "
                    "strategi eller en besparelse hos en af parterne kan gøre det "
                    "nødvendigt at tænke partnerskabet om eller afslutte det. "
                    "<strong>Forebyg:</strong> Skriv i aftalen, hvordan ændringer og "
                    "ophør håndteres. Hvis det ender med en skilsmisse, så hold "
                    "kontakten. Et nyt partnerskab kan sagtens opstå senere.</p>"
                    "<h3>Flere udfordringer at være opmærksom på</h3><ul>"
                    "<li><strong>Uklare forventninger til udbyttet.</strong> Parterne "
                    "tror, de vil det samme, men forventer forskellige gevinster. "
                    "<strong>Forebyg:</strong> Skriv hver parts mål og forventede "
                    "udbytte ind i aftalen.</li><li><strong>Partnerskabet hviler på én "
                    "person.</strong> Når ildsjælen skifter job, forsvinder "
                    "partnerskabet. <strong>Forebyg:</strong> Udpeg en stedfortræder, "
                    "og del viden og kontakter i organisationen.</li>"
                    "<li><strong>Driften tager al tiden.</strong> Hverdagens opgaver "
                    "skubber partnerskabet til side. <strong>Forebyg:</strong> Gør "
                    "partnerskabet til en del af afdelingens årsplan med afsatte "
                    "timer.</li><li><strong>Skæv arbejdsfordeling.</strong> Én part "
                    "ender med at løfte det meste. <strong>Forebyg:</strong> Gør "
                    "bidragene konkrete i aftalen, og tal om fordelingen ved hver "
                    "evaluering.</li><li><strong>Uenighed om synlighed.</strong> "
                    "Parterne er uenige om logoer, afsender og omtale i pressen. "
                    "<strong>Forebyg:</strong> Aftal reglerne for ekstern "
                    "kommunikation, før den første pressemeddelelse skal ud.</li></ul>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til risikovurderingen",
                    "questions": [
                        (
                            "Hvilke udfordringer er mest sandsynlige i netop vores "
                            "partnerskab?"
                        ),
                        "Hvilke ville gøre mest skade, hvis de opstod?",
                        "Hvad gør vi for at forebygge dem, og hvem har ansvaret?",
                        "Hvornår ser vi på risikovurderingen igen?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Gennemgå risikovurderingen sammen med partnerne. Det er i sig "
                        "selv en god øvelse i at tale åbent om forventninger."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": "risks",
    },
    {
        "slug": "standardsamarbejdsaftale",
        "title": "Standardsamarbejdsaftale",
        "summary": (
            "En skabelon til en skriftlig samarbejdsaftale, så parterne er enige om "
            "formål, opgaver, bidrag, rettigheder og afslutning, før arbejdet går i "
            "gang."
        ),
        "tool_type": "template",
        "stages": ["agreement"],
        "when_to_use": (
            "Brug skabelonen, når I har fundet jeres partnere og er enige om at "
            "samarbejde. Skriv aftalen, før aktiviteterne starter, og tag den op igen, "
            "når partnerskabet ændrer sig."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Klare aftaler er grundlaget for et godt partnerskab. En "
                    "skriftlig aftale får parterne til at tale om de ting, der ellers "
                    "først dukker op, når noget går galt: Hvem gør hvad? Hvem betaler? "
                    "Hvem ejer resultatet? Hvad sker der, hvis en af parterne vil ud? "
                    "Når svarene står sort på hvidt, er det lettere at holde fast i "
                    "dem, også hvis de personer, der forhandlede aftalen, skifter "
                    "job.</p><p>Skabelonen indeholder de afsnit, som de fleste "
                    "partnerskaber har brug for. Men ikke alle afsnit passer til alle "
                    "partnerskaber. Et lille samarbejde om et enkelt arrangement "
                    "kræver ikke samme detaljer som et flerårigt udviklingsprojekt med "
                    "fælles budget. Tilpas derfor altid skabelonen til den konkrete "
                    "situation: Slet de afsnit, der ikke er relevante, og uddyb dem, "
                    "der er vigtige for jer.</p><h3>Sådan bruger I skabelonen</h3><ol>"
                    "<li>Hent skabelonen, og skriv et første udkast. Det er ofte en "
                    "fordel, at én part skriver udkastet.</li><li>Send udkastet til "
                    "partnerne, og gennemgå det sammen på et møde. Brug god tid på "
                    "afsnittene om mål, bidrag og rettigheder.</li><li>Ret udkastet "
                    "til, og få det godkendt af de rette beslutningstagere hos hver "
                    "part.</li><li>Underskriv aftalen, og giv alle involverede "
                    "medarbejdere en kopi.</li><li>Tag aftalen frem ved hvert "
                    "evalueringspunkt, og ret den, hvis forudsætningerne har ændret "
                    "sig.</li></ol>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Tjek aftalen, før I underskriver",
                    "items": [
                        "Formålet er formuleret, så alle parter kan genkende det.",
                        "Hver parts mål og forventede udbytte er beskrevet.",
                        "Alle bidrag er konkrete, også timer, lokaler og materialer.",
                        "Det er tydeligt, hvem der træffer hvilke beslutninger.",
                        "Rettigheder til indhold, ophavsret og data er aftalt.",
                        "Der er fastsat evalueringspunkter og en slutdato.",
                        "Det er beskrevet, hvordan aftalen kan ændres eller opsiges.",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Samtalen om aftalen er mindst lige så vigtig som selve "
                        "papiret. Det er her, I opdager, om I reelt er enige."
                    ),
                },
            ),
        ],
        "downloads": ["samarbejdsaftale"],
        "working_tool": "agreement",
    },
    {
        "slug": "eksempel-paa-samarbejdsaftale",
        "title": "Eksempel på samarbejdsaftale: Mellem_Rummet",
        "summary": (
            "Mellem_Rummet er et kulturelt partnerskab mellem to biblioteker og et "
            "kunstmuseum. Se, hvad aftalen er ramme om, og hvad I kan lære af "
            "eksemplet."
        ),
        "tool_type": "example",
        "stages": ["agreement"],
        "when_to_use": (
            "Brug eksemplet, når I skal skrive jeres egen aftale og gerne vil se, "
            "hvordan et langvarigt partnerskab mellem flere institutioner har brug for "
            "et skriftligt grundlag."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Mellem_Rummet er et kulturelt partnerskab mellem Roskilde "
                    "Bibliotekerne, Roskilde Universitetsbibliotek og Museet for "
                    "Samtidskunst. Siden 2006 har partnerne skabt kunst, lyd, video, "
                    "oplæsninger og koncerter i begge biblioteker, ofte for et "
                    "publikum, der ikke var kommet for at opleve kunst. Museets værker "
                    "bliver vist i bibliotekernes rum, og bibliotekerne får et "
                    "kunstnerisk indhold, de ikke selv kunne have skabt.</p>"
                    "<p>Samarbejdsaftalen er det skriftlige grundlag for "
                    "partnerskabet, og den blev brugt som eksempel i den oprindelige "
                    "værktøjskasse fra Byg partnerskaber. Den er et godt eksempel, "
                    "fordi Mellem_Rummet ikke er et enkelt projekt, men et "
                    "længerevarende samarbejde mellem tre institutioner med "
                    "forskellige opgaver, kulturer og publikummer. Sådan et samarbejde "
                    "har brug for en aftale, der holder, også når aktiviteterne og "
                    "medarbejderne skifter.</p><h3>Det kan I lære af eksemplet</h3><ul>"
                    "<li><strong>Tre parter kræver mere klarhed end to.</strong> Jo "
                    "flere partnere, desto vigtigere er det at skrive ned, hvem der "
                    "har ansvaret for hvad.</li><li><strong>Et langt samarbejde har "
                    "brug for en ramme.</strong> Aftalen skal kunne rumme mange "
                    "forskellige aktiviteter over flere år, ikke kun et enkelt "
                    "arrangement.</li><li><strong>Forskellige kulturer skal "
                    "mødes.</strong> Et museum og et bibliotek har hver deres måde at "
                    "planlægge, udstille og formidle på. Det er en styrke, men det "
                    "kræver, at man taler om forskellene.</li><li><strong>Kunst i "
                    "fælles rum kræver aftaler.</strong> Når et museums værker vises i "
                    "et bibliotek, skal parterne være enige om, hvordan værkerne "
                    "bruges, passes på og krediteres.</li><li><strong>Partnerskabet "
                    "kan ændre praksis.</strong> I Mellem_Rummet satte samarbejdet "
                    "varige spor i den måde, bibliotekerne udstiller på. Et godt "
                    "partnerskab ændrer også partnerne selv.</li></ul><p>Brug "
                    "eksemplet sammen med standardsamarbejdsaftalen. Skabelonen giver "
                    "jer afsnittene, og eksemplet minder jer om, at aftalen skal passe "
                    "til netop jeres partnerskab.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål at stille, når I læser en andens aftale",
                    "questions": [
                        (
                            "Hvordan er det fælles formål formuleret, og kan hver "
                            "partner genkende sig selv i det?"
                        ),
                        "Hvordan er ansvaret fordelt mellem parterne?",
                        (
                            "Hvordan er brugen af hinandens lokaler og materialer "
                            "beskrevet?"
                        ),
                        "Hvordan håndteres ophavsret og kreditering af kunstnere?",
                        "Hvad ville vi skrive anderledes i vores egen aftale?",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Læs andres aftaler for at blive inspireret, ikke for at "
                        "kopiere dem. Start med standardskabelonen, og brug eksemplet "
                        "til at se, hvor jeres aftale skal være mere præcis."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "evaluering-af-partnerskaber",
        "title": "Evaluering af partnerskaber",
        "summary": (
            "En metode til løbende evaluering: Hver partner svarer først skriftligt på "
            "de samme spørgsmål, og derefter drøfter I svarene sammen."
        ),
        "tool_type": "method",
        "stages": ["evaluation", "concluded"],
        "when_to_use": (
            "Brug metoden ved de evalueringspunkter, I har aftalt, fx hvert halve år "
            "eller efter en større aktivitet. Brug den også, når I skal beslutte, om "
            "partnerskabet skal fortsætte, ændres eller afsluttes."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab skal evalueres løbende, ikke kun når det er "
                    "slut. Løbende evaluering giver jer mulighed for at rette kursen, "
                    "mens der stadig er tid, og sikrer, at alle partnere fortsat får "
                    "noget ud af samarbejdet. Evalueringen ser på tre ting: selve "
                    "samarbejdet, fremdriften og resultaterne. Dertil kommer "
                    "spørgsmålet om, hvad næste skridt skal være.</p><h3>Metoden: "
                    "først hver for sig, så sammen</h3><p>Metoden kaldes strategisk "
                    "refleksiv kommunikation og foregår i to trin:</p><ol>"
                    "<li><strong>Skriftlige svar.</strong> Hver partner, eller hver "
                    "deltager, svarer skriftligt og hver for sig på det samme sæt "
                    "spørgsmål. Svarene sendes til mødelederen før mødet.</li>"
                    "<li><strong>Fælles drøftelse.</strong> På et fælles møde "
                    "gennemgår I svarene og drøfter dem. Læg mærke til, hvor svarene "
                    "ligner hinanden, og især til, hvor de er forskellige.</li>"
                    "</ol><p>Det skriftlige trin er vigtigt. Når alle har tænkt over "
                    "spørgsmålene på forhånd, kommer alle stemmer frem, også dem, der "
                    "ikke fylder meget på et møde. Og når svarene står på skrift, "
                    "bliver det tydeligt, om partnerne ser partnerskabet på samme "
                    "måde.</p><h3>De fire temaer</h3><ul>"
                    "<li><strong>Samarbejdet:</strong> Fungerer roller, forventninger "
                    "og kommunikation?</li><li><strong>Fremdrift:</strong> Følger vi "
                    "planen, og hvad står i vejen?</li>"
                    "<li><strong>Resultater:</strong> Hvilke mål er nået, hvad har "
                    "hver partner fået ud af det, og hvad har overrasket os?</li>"
                    "<li><strong>Næste skridt:</strong> Skal vi fortsætte, justere, "
                    "tage nye partnere med eller afslutte?</li></ul><p>Spørgsmålene i "
                    "skabelonen er et udgangspunkt. Vælg dem, der er relevante for "
                    "jer, og tilføj gerne jeres egne.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Sådan gennemfører I evalueringen",
                    "items": [
                        "Aftal datoen for evalueringsmødet i god tid.",
                        "Send spørgsmålene ud mindst to uger før mødet.",
                        (
                            "Saml de skriftlige svar, og send dem til alle deltagere "
                            "før mødet."
                        ),
                        "Lad en mødeleder styre drøftelsen, så alle kommer til orde.",
                        "Skriv ned, hvad I er enige om, og hvad I vil gøre anderledes.",
                        (
                            "Opdatér aftalen og planen, hvis evalueringen giver "
                            "anledning til det."
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Forskelle i svarene er ikke et problem, men en gave. Det er "
                        "netop dér, I kan lære noget om hinanden og om partnerskabet."
                    ),
                },
            ),
        ],
        "downloads": ["evalueringsspoergsmaal"],
        "working_tool": "evaluation",
    },
    {
        "slug": "kommunikationsplan",
        "title": "Kommunikationsplan",
        "summary": (
            "En skabelon til at planlægge, hvem der skal vide hvad, hvornår og gennem "
            "hvilken kanal, både internt hos partnerne og udadtil."
        ),
        "tool_type": "template",
        "stages": ["agreement", "communication"],
        "when_to_use": (
            "Lav kommunikationsplanen, når aftalen er på plads, og før aktiviteterne "
            "starter. Opdatér den løbende, mens partnerskabet kører."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Kommunikation er afgørende for et partnerskab. Næsten alle "
                    "problemer mellem partnere kan føres tilbage til, at nogen har "
                    "fået for lidt information, eller at informationen er kommet på "
                    "det forkerte tidspunkt. En kommunikationsplan hjælper jer med at "
                    "give alle den information, de har brug for, uden at de drukner i "
                    "den.</p><h3>Husk den interne kommunikation</h3><p>Det er let at "
                    "tænke på kommunikation som noget, der handler om pressen og "
                    "borgerne. Men kollegerne i jeres egen organisation skal også "
                    "kende målet og formålet med partnerskabet. Hvis medarbejderne ved "
                    "skranken ikke ved, at biblioteket har fået en ny partner, kan de "
                    "ikke fortælle om det, og partneren kan opleve, at biblioteket "
                    "ikke bakker op. Vær åbne om jeres partnerskaber, fejr de nye, og "
                    "brug dem til at fortælle om bibliotekets strategi. Det samme "
                    "gælder hos partnerne: Deres medarbejdere skal også vide, hvad "
                    "samarbejdet går ud på.</p><h3>Den eksterne kommunikation</h3>"
                    "<p>Over for offentligheden og pressen skal partnerne tale med én "
                    "stemme. Aftal derfor de vigtigste budskaber, hvem der er "
                    "afsender, og hvordan navne og logoer bruges. Det er meget lettere "
                    "at blive enige om på forhånd end midt i en travl lancering.</p>"
                    "<h3>Sådan bruger I skabelonen</h3><p>Skabelonen begynder med "
                    "formål og budskaber, beskriver målgrupperne og samler derefter "
                    "alle konkrete aktiviteter i en handlingsplan med målgruppe, "
                    "budskab, kanal, afsender, dato, ansvarlig og status. Gennemgå "
                    "planen på jeres faste partnerskabsmøder.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Huskeliste til planen",
                    "items": [
                        "Vi har aftalt to til tre fælles budskaber.",
                        (
                            "Alle målgrupper er med: egne medarbejdere, partnernes "
                            "medarbejdere, borgerne og pressen."
                        ),
                        "Hver aktivitet har en ansvarlig.",
                        "Vi har aftalt, hvordan navne og logoer bruges.",
                        "Vi ved, hvem der udtaler sig til pressen.",
                        (
                            "Planen har en fast plads på dagsordenen til "
                            "partnerskabsmøderne."
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Fortæl det først internt. Kollegerne skal ikke læse om et nyt "
                        "partnerskab i lokalavisen."
                    ),
                },
            ),
        ],
        "downloads": ["kommunikationsplan"],
        "working_tool": "communication_plan",
    },
    {
        "slug": "tjekliste-til-partnerskabsarbejdet",
        "title": "Tjekliste til partnerskabsarbejdet",
        "summary": (
            "En samlet tjekliste, der følger guidens spørgsmål fra strategi til "
            "evaluering. Brug den til at se, hvor jeres bibliotek står, og hvad der "
            "mangler."
        ),
        "tool_type": "checklist",
        "stages": [
            "initiation",
            "agreement",
            "communication",
            "evaluation",
            "concluded",
        ],
        "when_to_use": (
            "Brug tjeklisten, når I vil gøre status over bibliotekets "
            "partnerskabsarbejde som helhed, fx før en strategiproces eller en gang om "
            "året. Den kan også hænge på opslagstavlen som en påmindelse."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Guiden til partnerskabsarbejdet er bygget op om en række "
                    "spørgsmål, fra hvorfor biblioteket overhovedet skal arbejde med "
                    "partnerskaber, til hvordan partnerskaberne bliver evalueret. "
                    "Tjeklisten har ét punkt for hvert spørgsmål i guiden. Den giver "
                    "et hurtigt overblik over, hvad der er på plads, og hvor der er "
                    "brug for en indsats.</p><p>Tjeklisten handler om bibliotekets "
                    "partnerskabsarbejde som helhed, ikke om et enkelt partnerskab. "
                    "Nogle punkter handler om strategi og organisering, andre om, "
                    "hvordan I plejer de partnerskaber, I allerede har. Punkterne "
                    "følger guidens kapitler, så de første lægger grunden for de "
                    "sidste.</p><h3>Sådan bruger I tjeklisten</h3><ol><li>Gå listen "
                    "igennem i ledergruppen eller i jeres partnerskabsteam.</li>"
                    "<li>Giv hvert punkt en af tre vurderinger: på plads, delvist på "
                    "plads eller mangler.</li><li>Vælg to eller tre punkter, I vil "
                    "arbejde med i det kommende år, og find de værktøjer, der kan "
                    "hjælpe jer.</li><li>Gentag øvelsen efter et år, og se, hvor langt "
                    "I er nået.</li></ol><p>Mange af punkterne hænger sammen med et "
                    "værktøj i værktøjskassen. Mangler I fx en skriftlig aftale, kan I "
                    "starte med standardsamarbejdsaftalen, og mangler I overblik over "
                    "jeres styrker, kan I prøve metoden Vi kan – vil du?</p><p>Tilpas "
                    "gerne tjeklisten, så den passer til jeres bibliotek. Tilføj "
                    "punkter, der er vigtige for jer, og stryg dem, der ikke er "
                    "relevante.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Tjekliste",
                    "items": [
                        (
                            "Vi ved, hvilke af bibliotekets mål vi ikke kan nå alene, "
                            "og hvorfor vi har brug for partnere."
                        ),
                        (
                            "Vi ved, hvad vi vil opnå med vores partnerskaber, og "
                            "penge er ikke målet i sig selv."
                        ),
                        (
                            "Vi har vores egen definition af et partnerskab, og alle "
                            "medarbejdere kender den."
                        ),
                        (
                            "Vi ved, hvornår et partnerskab skal give os nye "
                            "perspektiver og innovation, og hvornår andre gevinster er "
                            "vigtigere."
                        ),
                        (
                            "Vores partnerskaber er knyttet til bibliotekets "
                            "overordnede mål."
                        ),
                        (
                            "Vi har en partnerskabsstrategi, som er skrevet ind i "
                            "afdelingernes planer."
                        ),
                        (
                            "Vi har overblik over mulige partnere i den offentlige "
                            "sektor, i erhvervslivet og i civilsamfundet."
                        ),
                        "Vi vælger vores partnere bevidst og kender deres interesser.",
                        (
                            "Én person har overblikket over alle bibliotekets "
                            "relationer, og vi plejer vores netværk aktivt."
                        ),
                        "Vi ved, hvad hver partner får ud af at samarbejde med os.",
                        (
                            "Vi kender bibliotekets aktiver og styrker og kan "
                            "præsentere dem kort og klart."
                        ),
                        (
                            "Vi spørger vores partnere, hvordan de oplever at "
                            "samarbejde med os."
                        ),
                        (
                            "Vi har besluttet, om partnerskabsarbejdet skal styres "
                            "centralt, decentralt eller som en blanding."
                        ),
                        (
                            "Vi kender forskellene mellem vores egen kultur og "
                            "partnernes og er parate til at mødes på midten."
                        ),
                        (
                            "Rollerne som netværksansvarlig og partnerskabsansvarlig "
                            "er fordelt, og vi ved, hvilke kompetencer vi mangler."
                        ),
                        (
                            "Vi har afsat tid og ressourcer til at pleje hvert "
                            "partnerskab."
                        ),
                        (
                            "Hvert partnerskab har en skriftlig aftale, der er "
                            "tilpasset netop det samarbejde."
                        ),
                        (
                            "Vi holder konstruktive møder, har en plan for "
                            "kommunikationen og har vurderet risiciene."
                        ),
                        (
                            "Kollegerne kender formålet med vores partnerskaber, og vi "
                            "fejrer de nye."
                        ),
                        (
                            "Vi har faste evalueringspunkter og beslutter bevidst, om "
                            "et partnerskab skal fortsætte, fornyes eller afsluttes."
                        ),
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Tjeklisten er ikke en eksamen. Det vigtigste er samtalen om, "
                        "hvor I står, og hvad I vil prioritere."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
    {
        "slug": "fem-hurtige-spoergsmaal",
        "title": "Fem hurtige spørgsmål",
        "summary": (
            "En skabelon til at beskrive et partnerskab som et kort eksempel med fem "
            "faste spørgsmål, så erfaringerne kan deles og sammenlignes."
        ),
        "tool_type": "template",
        "stages": ["initiation", "evaluation", "concluded"],
        "when_to_use": (
            "Brug skabelonen, når et partnerskab er evalueret eller afsluttet, og I "
            "vil dele erfaringerne med kolleger eller andre biblioteker. Læs andres "
            "eksempler, når I selv er på vej ind i et partnerskab."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Erfaringer fra andre biblioteker er en af de bedste kilder til "
                    "inspiration. Men erfaringer er kun nyttige, hvis de bliver "
                    "skrevet ned, så andre kan bruge dem. Skabelonen »Fem hurtige "
                    "spørgsmål« gør det let at beskrive et partnerskab kort og "
                    "ensartet. Eksemplerne på dette site følger den samme skabelon, så "
                    "I kan sammenligne dem og hurtigt finde det, der er relevant for "
                    "jer.</p><p>De fem spørgsmål blev oprindeligt brugt til at "
                    "indsamle erfaringer fra biblioteker i Danmark og i udlandet i "
                    "2010 og 2011. De fungerer lige så godt, når I vil samle op på "
                    "jeres egne partnerskaber.</p><h3>Sådan er skabelonen bygget "
                    "op</h3><p>Først kommer en kort beskrivelse af partnerskabet: Hvem "
                    "er partnerne, hvad lavede I sammen, og hvornår? Skriv den på fem "
                    "til ti linjer. Derefter svarer I på de fem spørgsmål. Svarene "
                    "behøver ikke at være lange. Et par konkrete sætninger er mere "
                    "værd end en lang redegørelse.</p><h3>Gode råd til svarene</h3><ul>"
                    "<li>Vær ærlige om det, der var svært. Det er ofte dér, andre "
                    "lærer mest.</li><li>Giv konkrete eksempler i stedet for generelle "
                    "vurderinger.</li><li>Skriv, hvilken rolle den person, der svarer, "
                    "har i partnerskabet, fx bibliotekschef eller "
                    "projektmedarbejder.</li><li>Spørg gerne partneren, om de vil "
                    "svare på de samme spørgsmål. Så får I begge sider af "
                    "historien.</li></ul>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "De fem spørgsmål",
                    "questions": [
                        "Hvilke erfaringer har I gjort jer med partnerskaber?",
                        "Hvad er de største udfordringer?",
                        "Hvilke organisatoriske barrierer opstår der?",
                        "Hvad var formålet med at indgå partnerskaber?",
                        (
                            "Hvad kan man helt konkret få ud af at indgå partnerskaber "
                            "med biblioteker?"
                        ),
                    ],
                },
            ),
            (
                "checklist",
                {
                    "heading": "Det skal eksemplet indeholde",
                    "items": [
                        "Partnerskabet – et kort oprids på fem til ti linjer",
                        "Bibliotekets navn og partnernes navne",
                        "Rollen hos den person, der svarer",
                        "Svar på de fem spørgsmål",
                        "Den vigtigste læring, skrevet i én sætning",
                    ],
                },
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Skriv eksemplet kort efter evalueringen, mens erfaringerne er "
                        "friske. Et halvt år senere er detaljerne glemt."
                    ),
                },
            ),
        ],
        "downloads": [],
        "working_tool": None,
    },
]
