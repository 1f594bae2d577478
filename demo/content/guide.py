"""Demo content for the guide: the index page and its eight chapters (Danish).

Each chapter body is a list of (block_type, value) tuples matching
``cms.blocks.GUIDE_BLOCKS``; tool_links name toolbox pages by slug.
"""

GUIDE_INDEX = {
    "title": "Guiden",
    "intro": (
        "Guiden er bygget op om otte spørgsmål, der fører jer fra den første "
        "overvejelse om, hvorfor biblioteket har brug for partnere, over valget af de "
        "rigtige partnere til aftaler, kommunikation og evaluering. Hvert kapitel "
        "giver konkrete råd, spørgsmål I kan stille jer selv og henvisninger til "
        "værktøjskassen. Læs guiden fra ende til anden, eller gå direkte til det "
        "spørgsmål, der fylder mest hos jer lige nu."
    ),
}

CHAPTERS = [
    {
        "number": 1,
        "slug": "intet-bibliotek-uden-partnerskaber",
        "title": "Intet bibliotek uden partnerskaber?",
        "summary": (
            "Biblioteket når sjældent sine mål alene. Kapitlet forklarer, hvorfor "
            "partnerskaber bør være en bevidst metode frem for tilfældige samarbejder, "
            "og hvad Byg partnerskaber tilbyder."
        ),
        "stages": ["initiation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Et bibliotek er i sin natur en relationel virksomhed. Det "
                    "lever af sine forbindelser til borgere, skoler, foreninger, "
                    "kulturinstitutioner, forvaltninger og virksomheder, og kun få af "
                    "bibliotekets mål kan nås uden andre. Vil biblioteket nå nye "
                    "målgrupper, styrke læselysten eller blive et naturligt mødested i "
                    "byen, kræver det næsten altid, at nogen uden for huset bidrager "
                    "med viden, kontakter eller ressourcer.</p><p>De fleste "
                    "biblioteker samarbejder da også allerede med mange. Men "
                    "samarbejdet opstår ofte ad hoc: en forening mangler et lokale, en "
                    "skole vil gerne have besøg af en forfatter, eller et arrangement "
                    "skal løftes med kort varsel. Den slags samarbejder kan sagtens "
                    "være gode, men de dækker som regel et lille og pludseligt behov "
                    "og forsvinder igen, når opgaven er løst.</p><p>Byg partnerskaber "
                    "foreslår en anden tilgang: at biblioteket bruger partnerskaber "
                    "bevidst og strategisk som en metode til at nå sine overordnede "
                    "mål – og som en måde at forny bibliotekets rolle i byen på. Det "
                    "betyder, at biblioteket selv vælger, hvem det vil arbejde tæt "
                    "sammen med og hvorfor, i stedet for kun at sige ja til de "
                    "henvendelser, der tilfældigvis lander på bordet.</p>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Partnerskaber er ikke et mål i sig selv. De er en metode til "
                        "at nå de mål, biblioteket allerede har sat sig – og derfor "
                        "hører de hjemme i strategien og ikke kun i de enkelte "
                        "projekter."
                    ),
                },
            ),
            ("sub_question", "Hvordan arbejder Aarhus og Roskilde med partnerskaber?"),
            (
                "paragraph",
                (
                    "<p>Byg partnerskaber er udviklet i projektet <em>Ud af boksen! – "
                    "Biblioteker i samarbejdsdreven innovation</em>, der løb fra 1. "
                    "marts 2010 til 1. juli 2012 med støtte fra Kulturstyrelsen "
                    "(tidligere Styrelsen for Bibliotek og Medier). Bag projektet stod "
                    "Roskilde Bibliotekerne, Hovedbiblioteket i Aarhus og Roskilde "
                    "Universitet gennem forskningsprojektet CLIPS. Danmarks "
                    "Biblioteksskole og Dacapo Teatret var tætte samarbejdspartnere "
                    "undervejs.</p><p>Begge biblioteker havde erfaringer at bygge "
                    "videre på. I Aarhus havde Hovedbiblioteket udviklet "
                    "ungdomstilbuddet Mindspot sammen med unge, ungdomsorganisationer "
                    "og kunstnere. I efteråret 2010 kortlagde alle bibliotekets teams "
                    "desuden, hvad de kunne tilbyde en samarbejdspartner. Resultatet "
                    'blev "Vi kan – vil du", en løbende opdateret oversigt over '
                    "bibliotekets tilbud til partnere.</p><p>I Roskilde har "
                    "biblioteket siden 2006 drevet Mellem_Rummet sammen med Roskilde "
                    "Universitetsbibliotek og Museet for Samtidskunst. Her møder "
                    "kunst, lyd, video, oplæsninger og koncerter et publikum, der ofte "
                    "ikke havde regnet med at møde kunst den dag. I 2010 indgik "
                    "Roskilde Bibliotekerne også en aftale med Roskilde Museum om at "
                    "udvikle og drive biblioteksfunktionen i det kommende rockmuseum "
                    "på Musicon – den første fysiske sammensmeltning af et museum og "
                    "et bibliotek i Danmark.</p><p>Fælles for eksemplerne er, at "
                    "partnerskaberne ikke blot løser en enkelt opgave. De flytter "
                    "noget ved bibliotekets rolle og åbner for nye muligheder "
                    "bagefter.</p>"
                ),
            ),
            ("sub_question", "Hvad består Byg partnerskaber af?"),
            (
                "paragraph",
                (
                    "<p>Byg partnerskaber består af fire dele, som kan bruges hver for "
                    "sig eller sammen:</p><ul><li><strong>Guiden</strong>, som I læser "
                    "nu. Den er bygget op om otte spørgsmål, som ethvert bibliotek med "
                    "fordel kan stille sig selv, og den slutter med en "
                    "tjekliste.</li><li><strong>Værktøjskassen</strong>, der rummer "
                    "både modeller for hele partnerskabsforløbet og konkrete værktøjer "
                    "til de enkelte trin. Nogle er tilpasset fra andre organisationers "
                    "partnerskabsværktøjer, andre er skrevet i projektet. Værktøjerne "
                    "følger guidens kapitler.</li><li><strong>Hjemmesiden</strong> med "
                    "viden og inspiration, blandt andet gode eksempler fra danske "
                    "biblioteker, der alle har svaret på de samme fem hurtige "
                    "spørgsmål.</li><li><strong>Filmen</strong> <em>Better "
                    "Together</em> om partnerskaber.</li></ul><p>Materialet bygger på "
                    "et bredt vidensgrundlag: en ekspertundersøgelse blandt "
                    "biblioteksledere og partnerskabsstrateger fra andre sektorer, fem "
                    "hurtige spørgsmål sendt til biblioteker i Danmark og i udlandet, "
                    "forskningsinterview fra Roskilde Universitet, en teaterworkshop "
                    "på konferencen Next Library i Aarhus i 2011, en række konferencer "
                    "og studieture til Utah, Californien og Birmingham.</p><p>Guiden "
                    "kan læses fra ende til anden, men I kan også gå direkte til det "
                    "spørgsmål, der optager jer lige nu. Hvert kapitel henviser til de "
                    "værktøjer, der passer til emnet, så I hurtigt kan gå fra "
                    "overvejelser til handling.</p>"
                ),
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        (
                            "Hvilke af vores samarbejder i dag er opstået ad hoc, og "
                            "hvilke har vi valgt bevidst?"
                        ),
                        "Hvilke af bibliotekets mål kan vi slet ikke nå uden andre?",
                        (
                            "Hvem i huset kender vores samarbejdspartnere, og hvor er "
                            "den viden samlet?"
                        ),
                        (
                            "Hvilket samarbejde har for nylig åbnet døre, vi ikke "
                            "havde forventet?"
                        ),
                        (
                            "Hvad ville ændre sig, hvis partnerskaber blev en fast del "
                            "af vores strategi?"
                        ),
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "tjekliste-til-partnerskabsarbejdet",
                        "12-faser-model",
                        "fem-hurtige-spoergsmaal",
                        "partnerskabsspillet",
                    ],
                },
            ),
        ],
    },
    {
        "number": 2,
        "slug": "hvad-er-partnerskaber",
        "title": "Hvad er partnerskaber?",
        "summary": (
            "Et partnerskab skaber noget, som ingen af parterne kunne skabe alene. "
            "Kapitlet skelner mellem partnerskab og almindeligt samarbejde og "
            "forklarer idéen om win-win."
        ),
        "stages": ["initiation", "agreement"],
        "body": [
            ("sub_question", "Hvad er formålet med partnerskaber?"),
            (
                "paragraph",
                (
                    "<p>Formålet med et partnerskab er at skabe noget nyt – noget, "
                    "ingen af parterne kunne have skabt alene, og som åbner for "
                    "muligheder, der rækker ud over det konkrete projekt. Byg "
                    "partnerskaber bruger formlen 1+1=3 som kort udtryk for idéen: Når "
                    "to parter lægger kræfterne sammen, skal resultatet være mere end "
                    "summen af delene.</p><p>Penge er ikke målet. Der kan godt følge "
                    "økonomi med et partnerskab, men hvis biblioteket først og "
                    "fremmest leder efter en sponsor eller en ekstra bevilling, er der "
                    "tale om noget andet. Det, der gør et partnerskab værdifuldt, er "
                    "det, parterne kan udrette sammen.</p><p>Typisk har et partnerskab "
                    "et eller flere af disse formål:</p><ul><li><strong>Flere eller "
                    "bedre udnyttede ressourcer</strong> – lokaler, udstyr, viden og "
                    "arbejdstimer bliver brugt bedre, når de "
                    "deles.</li><li><strong>Nye målgrupper</strong> – partneren har "
                    "kontakt til mennesker, biblioteket ikke selv når, og "
                    "omvendt.</li><li><strong>Nye kompetencer i spil</strong> – en "
                    "designer, en teatergruppe eller en forsker tilfører en faglighed, "
                    "biblioteket ikke har i huset.</li></ul>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Brug 1+1=3 som en lakmusprøve: Kan I pege på noget, "
                        "partnerskabet skaber, som ingen af jer kunne have skabt "
                        "alene? Hvis ikke, er der måske snarere tale om en aftale om "
                        "en ydelse."
                    ),
                },
            ),
            (
                "sub_question",
                (
                    "Hvorfor taler Byg partnerskaber om partnerskaber i stedet for "
                    "samarbejde?"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Samarbejde er et bredt ord, der dækker alt fra et lån af nogle "
                    "stole til et fælles projekt over flere år. Partnerskab er mere "
                    "præcist. Et partnerskab består af to eller flere parter, der "
                    "sammen skaber noget, de ikke kunne skabe hver for sig. Alle "
                    "bidrager, og alle får noget ud af det.</p><p>Derfor er et "
                    "kundeforhold ikke et partnerskab. Når biblioteket køber "
                    "konsulentbistand eller indgår en anden leverandøraftale, er det "
                    "den ene part, der leverer, og den anden, der betaler. Det kan "
                    "være et udmærket samarbejde, men det er ikke et "
                    "partnerskab.</p><p>Et godt partnerskab har to kendetegn. Det "
                    "første er en fælles vision: Parterne ved, hvad de arbejder hen "
                    "imod sammen. Det andet er en tydelig win-win. Gevinsterne behøver "
                    "hverken at være lige store eller af samme slags – biblioteket får "
                    "måske nye brugere, mens partneren får synlighed eller adgang til "
                    "et publikum. Det afgørende er, at alle parter kender hinandens "
                    "ønsker og ved, hvad de andre gerne vil have ud af samarbejdet. "
                    "Uudtalte forventninger er en af de hurtigste veje til "
                    "skuffelse.</p>"
                ),
            ),
            ("sub_question", "Hvad har innovation med partnerskaber at gøre?"),
            (
                "paragraph",
                (
                    "<p>Når man arbejder tæt sammen med nogen, der ser verden på en "
                    "anden måde, får man nye øjne på det velkendte. Det er en "
                    "forudsætning for innovation. En partner kan stille de spørgsmål, "
                    "medarbejderne for længst er holdt op med at stille, og pege på "
                    "muligheder, biblioteket ikke selv har set.</p><p>Greve Bibliotek "
                    "oplevede netop det, da en designantropolog, en "
                    "indretningsarkitekt, en lysdesigner, et designbureau og en "
                    "softwarevirksomhed var med til at udvikle det ombyggede "
                    "bibliotek. Partnerne gav friske øjne på biblioteket og gjorde "
                    "samtidig personalet mere bevidst om sine egne "
                    "kompetencer.</p><p>Et partnerskab behøver dog ikke at være "
                    "nyskabende for at være værdifuldt. Mange gode partnerskaber "
                    "handler om at gøre noget velkendt bedre, for flere eller med "
                    "færre ressourcer. Innovation er en mulig gevinst, ikke et "
                    "krav.</p>"
                ),
            ),
            ("sub_question", "Hvilken definition skal biblioteket bruge?"),
            (
                "paragraph",
                (
                    "<p>Der findes mange definitioner af partnerskaber, og "
                    "værktøjskassen giver tre eksempler. Den "
                    "<strong>formålsbaserede</strong> definition fra Det Kongelige "
                    "Bibliotek lægger vægt på, at parterne hver har deres egen "
                    "interesse i at løse en opgave sammen og skriver samarbejdet ind i "
                    "en aftale om opgavefordeling, principper, varighed og "
                    "rettigheder. Den <strong>tværsektorielle</strong> definition "
                    "beskriver et formaliseret og gensidigt forpligtende samarbejde "
                    "mellem ligeværdige parter fra forskellige sektorer. "
                    "<strong>Win-win-definitionen</strong> fra 2010-rapporten om "
                    "folkebibliotekerne i vidensamfundet handler om konkrete "
                    "initiativer, hvor alle parter bidrager med ressourcer, aftaler "
                    "fælles spilleregler og beriger hinanden til gavn for "
                    "brugerne.</p><p>Vores råd er, at hvert bibliotek formulerer sin "
                    "egen definition, gerne med eksemplerne som udgangspunkt. Det "
                    "vigtigste er ikke den præcise ordlyd, men at medarbejderne får et "
                    "fælles sprog, så alle ved, hvad biblioteket mener, når det taler "
                    "om partnerskaber.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Tegn på et ægte partnerskab",
                    "items": [
                        "Vi skaber noget sammen, som ingen af os kunne skabe alene",
                        "Alle parter bidrager med noget",
                        "Alle parter får noget ud af det, og vi ved hvad",
                        "Vi har en fælles vision for samarbejdet",
                        "Penge er et middel og ikke selve målet",
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        (
                            "Hvad kan vi skabe sammen med partneren, som ingen af os "
                            "kan skabe alene?"
                        ),
                        (
                            "Hvad vil vi selv have ud af partnerskabet – og har vi "
                            "sagt det højt?"
                        ),
                        "Ved vi, hvad partneren gerne vil opnå?",
                        (
                            "Er der tale om et partnerskab, eller køber eller sælger "
                            "vi i virkeligheden en ydelse?"
                        ),
                        "Hvilken fælles vision kan alle parter stå inde for?",
                        "Hvordan vil vi selv definere et partnerskab?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "partnerskabsdefinitioner",
                        "partnerskaber-udvikler-organisationen",
                        "12-faser-model",
                    ],
                },
            ),
        ],
    },
    {
        "number": 3,
        "slug": "hvorfor-er-partnerskaber-et-strategisk-vaerktoej",
        "title": "Hvorfor er partnerskaber et strategisk værktøj?",
        "summary": (
            "Partnerskaber giver mest, når de bruges bevidst til at nå bibliotekets "
            "overordnede mål. Kapitlet viser vejen fra strategi til partnerskaber i "
            "praksis."
        ),
        "stages": ["initiation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Et bibliotek, der siger ja til alle henvendelser, ender let "
                    "med mange små samarbejder, der hver for sig giver mening, men som "
                    "tilsammen ikke flytter biblioteket i en bestemt retning. Tiden "
                    "går med at koordinere, og bagefter er det svært at sige, hvad "
                    "samarbejderne egentlig har bidraget med.</p><p>Når partnerskaber "
                    "bruges strategisk, vender biblioteket spørgsmålet om. I stedet "
                    'for at spørge "Skal vi være med?" spørger det: "Hvilke af '
                    "vores mål kan vi nå bedre sammen med andre – og hvem skal det "
                    'være?" Partnerskabet bliver en metode til at nå bibliotekets '
                    "overordnede mål og ikke en ekstra opgave ved siden af.</p><p>Det "
                    "kræver tre ting: klare mål for biblioteket, klare mål for de "
                    "enkelte partnerskaber og vedholdenhed. Målene skal holdes fast, "
                    "også når en spændende, men uvedkommende mulighed dukker op. Og de "
                    "skal kommunikeres, så både medarbejdere og partnere ved, hvad "
                    "biblioteket arbejder hen imod.</p>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Et klart nej til et partnerskab, der ikke passer til "
                        "strategien, er lige så strategisk som et ja til det rigtige."
                    ),
                },
            ),
            (
                "sub_question",
                "Hvordan kan biblioteket udarbejde en partnerskabsstrategi?",
            ),
            (
                "paragraph",
                (
                    "<p>En partnerskabsstrategi behøver ikke at være et tykt dokument. "
                    "Den skal først og fremmest hjælpe biblioteket med at prioritere. "
                    "Et godt forløb kan se sådan ud:</p><ol><li><strong>Tag "
                    "udgangspunkt i bibliotekets overordnede mål.</strong> Hvad vil "
                    "biblioteket opnå de kommende år, og hvilke kommunale politikker "
                    "skal det bidrage til?</li><li><strong>Find de mål, der kræver "
                    "partnere.</strong> Nogle mål kan biblioteket nå på egen hånd. "
                    "Andre forudsætter adgang til målgrupper, viden eller ressourcer, "
                    "som andre har.</li><li><strong>Beskriv, hvad et godt partnerskab "
                    "er for jer.</strong> Formulér jeres egen definition, så alle "
                    "taler samme sprog.</li><li><strong>Kortlæg de samarbejder, I "
                    "allerede har.</strong> Hvilke understøtter målene, hvilke skal "
                    "styrkes, og hvilke kan I med god samvittighed lade løbe "
                    "ud?</li><li><strong>Sæt mål for de enkelte "
                    "partnerskaber.</strong> Hvad skal hvert partnerskab bidrage med, "
                    "og hvordan kan I se, om det lykkes?</li><li><strong>Fordel "
                    "ansvaret.</strong> Hvem har overblikket, og hvem står for de "
                    "enkelte partnerskaber?</li><li><strong>Fortæl om "
                    "strategien.</strong> Internt til alle medarbejdere og eksternt "
                    "til nuværende og kommende partnere.</li></ol><p>Salt Lake City "
                    "Public Library, som projektet besøgte på en studietur i 2011, "
                    "viser, hvor tydeligt det kan gøres. Biblioteket har bygget sin "
                    "strategi op om lokalsamfundet og arbejder med syv fokusområder, "
                    "der hver har en navngiven ansvarlig. Det gør det let for både "
                    "medarbejdere og partnere at se, hvor et nyt samarbejde hører "
                    "hjemme.</p>"
                ),
            ),
            ("sub_question", "Hvorfor er det ikke nok med en ildsjæl?"),
            (
                "paragraph",
                (
                    "<p>Mange gode samarbejder begynder med en engageret medarbejder, "
                    "der har øje for muligheder og et stort netværk. Det er en styrke, "
                    "men også en sårbarhed. Bæres partnerskaberne kun af én person, "
                    "forsvinder de, når personen skifter job, går på orlov eller "
                    "bliver optaget af andre opgaver. Partneren mister sin kontakt, og "
                    "viden om aftaler og forventninger går tabt.</p><p>Strategien skal "
                    "derfor føres ud i livet af hele organisationen. Ledelsen skal stå "
                    "bag, afdelingerne skal skrive partnerskaberne ind i deres "
                    "arbejds- og aktivitetsplaner, og alle medarbejdere skal kende "
                    "formålet med de partnerskaber, biblioteket indgår i.</p>"
                ),
            ),
            (
                "sub_question",
                "Hvordan bliver strategien en del af afdelingernes arbejde?",
            ),
            (
                "paragraph",
                (
                    "<p>Værktøjskassen beskriver to tilgange. I den første prioriterer "
                    "hver afdeling selv sine mulige partnerskaber ud fra bibliotekets "
                    "strategi. Det får afdelingerne til at overveje deres egen rolle "
                    "og deres særlige styrker, og medarbejderne tager ejerskab, fordi "
                    "de selv er med til at vælge. Til gengæld kan det være svært at "
                    "koordinere helheden, og planerne bliver ofte små og "
                    "forsigtige.</p><p>I den anden tilgang udvælger et bredt sammensat "
                    "partnerskabsteam med beslutningstagere fra alle afdelinger de "
                    "partnerskaber, afdelingerne skal arbejde med. Det giver en "
                    "sammenhængende plan, klarere kommunikation og et mere bevidst "
                    "valg af partnere, og partnerskaber bliver et emne på "
                    "ledelsesniveau. Ulempen er, at afdelingerne kan opleve opgaverne "
                    "som noget, der er besluttet hen over hovedet på dem. Kapitel 7 "
                    "ser nærmere på, hvad valget betyder for organisationen.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Tjek jeres partnerskabsstrategi",
                    "items": [
                        "Strategien tager udgangspunkt i bibliotekets overordnede mål",
                        "Vi ved, hvilke mål vi ikke kan nå uden partnere",
                        "Vi har vores egen definition af et partnerskab",
                        (
                            "Hvert partnerskab har sit eget mål, og vi ved, hvordan vi "
                            "følger op på det"
                        ),
                        "Ledelsen står bag, og ansvaret er fordelt",
                        (
                            "Afdelingerne har skrevet partnerskaberne ind i deres "
                            "arbejdsplaner"
                        ),
                        "Medarbejdere og partnere kender strategien",
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        (
                            "Hvilke tre mål i vores strategi ville have størst gavn af "
                            "en partner?"
                        ),
                        (
                            "Hvilke af vores nuværende samarbejder understøtter ikke "
                            "vores mål?"
                        ),
                        (
                            "Hvem bærer vores partnerskaber i dag – og hvad sker der, "
                            "hvis de forsvinder?"
                        ),
                        "Hvordan fortæller vi partnerne, hvad biblioteket vil?",
                        (
                            "Hvilken af de to tilgange til organisering passer bedst "
                            "til os?"
                        ),
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "to-tilgange-til-organisering",
                        "partnerskaber-udvikler-organisationen",
                        "partnerskabsdefinitioner",
                        "12-faser-model",
                    ],
                },
            ),
        ],
    },
    {
        "number": 4,
        "slug": (
            "hvem-kan-biblioteket-samarbejde-med-og-hvad-kan-biblioteket-samarbejde-om"
        ),
        "title": (
            "Hvem kan biblioteket samarbejde med, og hvad kan biblioteket samarbejde "
            "om?"
        ),
        "summary": (
            "Alle, der kan hjælpe biblioteket mod dets mål, er mulige partnere. "
            "Kunsten er at vælge de rigtige – på tværs af det offentlige, "
            "erhvervslivet og civilsamfundet."
        ),
        "stages": ["initiation"],
        "body": [
            ("sub_question", "Hvem kan blive bibliotekets partner?"),
            (
                "paragraph",
                (
                    "<p>Det korte svar er: alle, der kan hjælpe biblioteket med at nå "
                    "sine mål. Det lidt længere svar er, at netop fordi kredsen er så "
                    "stor, må biblioteket vælge med omhu. Et partnerskab koster tid og "
                    "opmærksomhed hos begge parter, og derfor skal det være de rigtige "
                    "partnere.</p><p>Det betaler sig at se bredt og tænke i tre "
                    "sektorer:</p><ul><li><strong>Den offentlige sektor:</strong> "
                    "skoler, uddannelsesinstitutioner, museer, andre "
                    "kulturinstitutioner og kommunens egne forvaltninger. I Aabenraa "
                    "var både statsskolen, kommunen og kunstmuseet på Brundlund Slot "
                    "med i litteraturfestivalen Litteratur på "
                    "slottet.</li><li><strong>Erhvervslivet:</strong> virksomheder, "
                    "der kan bidrage med faglighed, lokaler eller netværk. I Herning "
                    "var Messecenter Herning med til at skabe Sansefortællingen, og i "
                    "Greve bidrog et designbureau og en softwarevirksomhed til "
                    "udviklingen af "
                    "biblioteket.</li><li><strong>Civilsamfundet:</strong> foreninger, "
                    "boligforeninger, ungdomsklubber og frivillige organisationer, der "
                    "ofte har tæt kontakt til mennesker, biblioteket har svært ved at "
                    "nå.</li></ul>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Mange biblioteker kender især den offentlige sektor godt. Se "
                        "også bevidst mod erhvervslivet og civilsamfundet – der kan "
                        "gemme sig gode partnere, I endnu ikke har tænkt på."
                    ),
                },
            ),
            ("sub_question", "Hvad kan biblioteket samarbejde om?"),
            (
                "paragraph",
                (
                    "<p>Emnerne er lige så mange som partnerne, men de fleste "
                    "partnerskaber handler om en eller flere af disse "
                    "ting:</p><ul><li><strong>Arrangementer og formidling</strong>, "
                    "for eksempel festivaler, udstillinger, koncerter og oplæsninger, "
                    "hvor parterne hver bidrager med deres "
                    "faglighed.</li><li><strong>Nye målgrupper</strong>, hvor "
                    "partneren har adgangen, og biblioteket har "
                    "tilbuddene.</li><li><strong>Udvikling af rum og tilbud</strong>, "
                    "hvor partnerne bidrager med viden om design, teknologi eller "
                    "brugere.</li><li><strong>Fælles drift</strong>, hvor to "
                    "institutioner deler lokaler eller funktioner, som da Roskilde "
                    "Bibliotekerne aftalte at drive biblioteksfunktionen i det "
                    "kommende rockmuseum.</li></ul><p>Lokalbibliotekerne i Aarhus "
                    "ville nå unge uden en ungdomsuddannelse – en gruppe, der sjældent "
                    "bruger biblioteket. Her var ungdomsklubber, boligforeninger og "
                    "andre organisationer helt afgørende, fordi det var dem og ikke "
                    "biblioteket, der havde kontakten til de unge. Erfaringen herfra "
                    "er, at det betaler sig at afklare rammer, forventninger og roller "
                    "tidligt.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Uden partnerne var vi aldrig kommet i kontakt med de unge. "
                        "Det var dem, der kendte målgruppen, ikke os. Derfor skulle vi "
                        "tidligt have styr på, hvem der gjorde hvad, og hvad vi hver "
                        "især forventede."
                    ),
                    "attribution": "Projektmedarbejder, Lokalbibliotekerne i Aarhus",
                },
            ),
            ("sub_question", "Hvordan finder biblioteket sine partnere?"),
            (
                "paragraph",
                (
                    "<p>Begynd med målene, ikke med adressebogen. Når I ved, hvad I "
                    "vil opnå, er det lettere at se, hvem der kan hjælpe jer. Kortlæg "
                    "derefter det netværk, I allerede har. Medarbejderne kender ofte "
                    "flere relevante organisationer og personer, end ledelsen er klar "
                    "over – gennem tidligere job, foreningsliv og fritid. Se også på, "
                    "hvem der allerede arbejder med de målgrupper eller emner, I vil "
                    "styrke, og hvem der mangler noget, som biblioteket kan "
                    "tilbyde.</p><p>Når I har fundet en kandidat, så undersøg den "
                    "grundigt, før I går i gang. Hvad er partnerens mål og interesser? "
                    "Passer organisationens værdier sammen med bibliotekets? Har "
                    "partneren tid og ressourcer til et forpligtende samarbejde? Og "
                    "hvordan arbejder de – i lange planlægningsforløb eller med korte "
                    "deadlines? Lav allerede nu en enkel risikovurdering: Hvad kan gå "
                    "galt, og hvad gør I så?</p><p>Det første møde er en gensidig "
                    "undersøgelse. Fortæl, hvad biblioteket kan og vil, og lyt efter, "
                    "hvad partneren gerne vil have ud af det. Husk, at den bedste "
                    "partner ikke nødvendigvis er den største eller mest kendte. Det "
                    "er den, der kan hjælpe jer mod jeres mål, og som selv har en klar "
                    "interesse i at være med.</p><p>Vær også opmærksom på de partnere, "
                    "der selv banker på. En henvendelse udefra kan sagtens blive til "
                    "et godt partnerskab, men stil de samme spørgsmål som ved jeres "
                    "egne kandidater: Hjælper det os mod vores mål, og ved vi, hvad "
                    "partneren vil have ud af det? Hvis svaret er nej, er det både "
                    "ærligt og klogt at takke nej eller foreslå en mindre forpligtende "
                    "form for samarbejde.</p>"
                ),
            ),
            (
                "checklist",
                {
                    "heading": "Før I siger ja til en ny partner",
                    "items": [
                        "Partnerskabet hænger sammen med et af bibliotekets mål",
                        "Vi kender partnerens interesser og forventninger",
                        "Vi har talt om, hvad hver part bidrager med",
                        "Vi har vurderet de største risici",
                        "Der er afsat tid hos begge parter",
                        "Vi ved, hvem der er kontaktperson på begge sider",
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål til en mulig partner",
                    "questions": [
                        "Hvilke af vores mål kan denne partner hjælpe os med at nå?",
                        "Hvad vil partneren gerne opnå, og kan vi hjælpe med det?",
                        "Når partneren mennesker, vi ikke selv når?",
                        (
                            "Passer partnerens værdier og måde at arbejde på sammen "
                            "med vores?"
                        ),
                        (
                            "Har begge parter tid og ressourcer til at gøre det "
                            "ordentligt?"
                        ),
                        "Hvad er den største risiko, og hvordan håndterer vi den?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "vi-kan-vil-du",
                        "udfordringer-i-partnerskabsarbejdet",
                        "fem-hurtige-spoergsmaal",
                        "12-faser-model",
                    ],
                },
            ),
        ],
    },
    {
        "number": 5,
        "slug": "hvordan-arbejder-biblioteket-med-sit-netvaerk",
        "title": "Hvordan arbejder biblioteket med sit netværk?",
        "summary": (
            "Netværk og partnerskaber visner, hvis ingen passer dem. Kapitlet handler "
            "om at have overblik, holde relationerne ved lige og udvide bibliotekets "
            "netværk."
        ),
        "stages": ["initiation", "communication"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab opstår sjældent ud af ingenting. Som regel "
                    "vokser det frem af et netværk: en kontakt fra et tidligere "
                    "projekt, en samtale på en konference, en medarbejder, der kender "
                    "nogen. Netværket er bibliotekets råstof til kommende "
                    "partnerskaber, og det fortjener samme opmærksomhed som de "
                    "partnerskaber, der allerede er i gang.</p><p>Netværk og "
                    "partnerskab er dog ikke det samme. Netværket er de mange løse og "
                    "faste relationer, biblioteket har. Partnerskabet er det "
                    "forpligtende samarbejde om et fælles mål, som kan vokse ud af "
                    "netværket.</p>"
                ),
            ),
            ("sub_question", "Hvem har overblikket over bibliotekets relationer?"),
            (
                "paragraph",
                (
                    "<p>På mange biblioteker er kontakterne fordelt på mange hænder. "
                    "Børneafdelingen kender skolerne, musikafdelingen kender "
                    "spillestederne, og lederen kender forvaltningen. Det er "
                    "naturligt, men det betyder også, at ingen ser det samlede "
                    "billede. Biblioteket risikerer at kontakte den samme partner fra "
                    "tre sider eller at overse, at en god relation i én afdeling kunne "
                    "bruges i en anden.</p><p>Derfor anbefaler Byg partnerskaber, at "
                    "én person har rollen som <strong>netværksansvarlig</strong>. Den "
                    "netværksansvarlige har overblikket over alle bibliotekets "
                    "partnerskaber og relationer, men står ikke nødvendigvis selv for "
                    "det praktiske arbejde. Rollen kræver gode kommunikationsevner, "
                    "blik for helheden i både biblioteket og samfundet, evne til at "
                    "koordinere og et godt kendskab til bibliotekets ressourcer. Den "
                    "netværksansvarlige skal have ledelsesansvar eller i det mindste "
                    "ledelsens tydelige opbakning.</p><p>Overblikket behøver ikke at "
                    "være avanceret. En fælles oversigt over partnere, "
                    "kontaktpersoner, aftaler og næste skridt kommer langt – så længe "
                    "nogen holder den opdateret.</p>"
                ),
            ),
            ("sub_question", "Hvordan holder biblioteket liv i sine relationer?"),
            (
                "paragraph",
                (
                    "<p>Partnerskaber og netværk visner, hvis de ikke bliver plejet. "
                    "Det er let at glemme en partner, når projektet er slut, og "
                    "hverdagen tager over. Men netop efter et vellykket forløb er "
                    "relationen stærkest, og det er her, grunden til det næste "
                    "samarbejde bliver lagt.</p><p>Herning Bibliotekerne oplevede det "
                    "med Sansefortællingen, et arrangement til en vestjysk "
                    "kulturfestival i 2009, som biblioteket skabte sammen med "
                    "Messecenter Herning og Team Teatret. Hver partner bidrog med sine "
                    "egne kompetencer, arrangementet fik gode anmeldelser og mange "
                    "besøgende, og samarbejdet førte til mere samarbejde senere. "
                    "Biblioteket fik et bredere netværk og nye kompetencer – og "
                    "erfaringen af, at partnerskaber kræver vedligeholdelse og et "
                    "åbent sind.</p><p>Pleje kan være ganske enkel. Send en hilsen, "
                    "når partneren har noget at fejre. Invitér til jeres "
                    "arrangementer, og mød op til deres. Del viden, der kan være "
                    "nyttig for dem. Aftal gerne et opfølgningsmøde et stykke tid "
                    "efter, at et projekt er afsluttet, hvor I taler om, hvad I kunne "
                    "gøre sammen næste gang.</p><p>Også når et partnerskab må slutte – "
                    "fordi en af parterne omorganiserer, skifter strategi eller skal "
                    "spare – betaler det sig at skilles i god ro og orden og holde "
                    "kontakten. Et nyt partnerskab kan sagtens opstå senere.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Et partnerskab kører ikke af sig selv. Det skal plejes, og "
                        "man skal gå ind i det med et åbent sind. Til gengæld fik vi "
                        "et større netværk og nye kompetencer, og samarbejdet åbnede "
                        "døren til det næste."
                    ),
                    "attribution": "Kommunikationschef, Herning Bibliotekerne",
                },
            ),
            ("sub_question", "Hvordan kan biblioteket udvide sit netværk?"),
            (
                "paragraph",
                (
                    "<p>Et bredere netværk kommer ikke af sig selv. Det kræver, at "
                    "biblioteket bevidst opsøger nye sammenhænge. Deltag i konferencer "
                    "og lokale netværksmøder, også uden for biblioteksverdenen. Tag "
                    "kontakt til erhvervsorganisationer, foreninger og "
                    "uddannelsesinstitutioner, og invitér dem indenfor, så de kan se, "
                    "hvad biblioteket kan.</p><p>Brug også medarbejdernes netværk. "
                    "Mange kontakter findes allerede i personalegruppen, og ved "
                    "nyansættelser er det værd at se på kandidatens personlige "
                    "netværk. Endelig er de partnerskaber, biblioteket allerede har, "
                    "en af de bedste veje til nye kontakter: Partnerens "
                    "samarbejdspartnere kan meget vel blive jeres.</p>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Netværksarbejde er et langt, sejt træk. Sæt tid af til at "
                        "pleje relationerne – også i perioder, hvor der ikke er et "
                        "konkret projekt."
                    ),
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        "Hvem har i dag overblikket over alle vores relationer?",
                        (
                            "Hvilke partnere har vi ikke talt med, siden vores sidste "
                            "fælles projekt sluttede?"
                        ),
                        "Hvor samler vi viden om kontaktpersoner og aftaler?",
                        (
                            "Hvilke netværk uden for biblioteksverdenen er vi endnu "
                            "ikke en del af?"
                        ),
                        (
                            "Hvordan kan vi bruge medarbejdernes egne netværk – og "
                            "hvor går grænsen?"
                        ),
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "kompetencer-i-partnerskabsarbejdet",
                        "kommunikationsplan",
                        "udfordringer-i-partnerskabsarbejdet",
                        "fem-hurtige-spoergsmaal",
                    ],
                },
            ),
        ],
    },
    {
        "number": 6,
        "slug": "hvad-faar-partneren-ud-af-at-samarbejde-med-biblioteket",
        "title": "Hvad får partneren ud af at samarbejde med biblioteket?",
        "summary": (
            "Mulige partnere ved sjældent, hvad et bibliotek kan tilbyde. Biblioteket "
            "må kende sine styrker og fortælle tydeligt og konkret om dem."
        ),
        "stages": ["initiation"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab skal give mening for begge parter. Når "
                    "biblioteket henvender sig til en mulig partner, er det derfor "
                    "ikke nok at forklare, hvad biblioteket selv gerne vil. Partneren "
                    "vil vide, hvad de får ud af det.</p><p>Her støder mange "
                    "biblioteker på et problem: De fleste mulige partnere har kun et "
                    "vagt billede af, hvad et bibliotek kan. De kender udlånet og "
                    "måske studiepladserne, men ikke projektledelsen, arrangementerne, "
                    "de digitale kompetencer eller de mange besøgende. Biblioteket må "
                    "derfor selv kende sine styrker og kunne fortælle om dem klart og "
                    "konkret.</p>"
                ),
            ),
            ("sub_question", "Hvad er bibliotekets aktiver og styrker?"),
            (
                "paragraph",
                (
                    "<p>Når folk fra bibliotekerne bliver spurgt, hvad de kan tilbyde "
                    "en partner, går de samme styrker igen:</p><ul><li><strong>Stor "
                    "offentlig rækkevidde:</strong> Biblioteket har mange besøgende og "
                    "møder borgere på tværs af alder, uddannelse og "
                    "baggrund.</li><li><strong>Et troværdigt og ikke-kommercielt "
                    "image:</strong> Biblioteket nyder stor tillid, og en virksomhed "
                    "kan profilere sig gennem kultur i stedet for gennem "
                    "sport.</li><li><strong>Ekspertise i information:</strong> At "
                    "finde, vurdere og strukturere viden er bibliotekets "
                    "kernefaglighed.</li><li><strong>Projektledelse:</strong> Mange "
                    "biblioteker har stor erfaring med at drive projekter fra idé til "
                    "afslutning.</li><li><strong>Arrangementer:</strong> Biblioteket "
                    "ved, hvordan man skaber og markedsfører et "
                    "arrangement.</li><li><strong>It og web:</strong> kompetencer "
                    "inden for digitale tjenester og formidling på "
                    "nettet.</li></ul><p>Listen er kun et udgangspunkt. Hvert "
                    "bibliotek har sine egne særlige styrker, og de skal findes og "
                    "beskrives.</p><p>Hovedbiblioteket i Aarhus gjorde det grundigt. I "
                    "efteråret 2010 skrev alle bibliotekets teams ned, hvad "
                    "biblioteket og det enkelte team kunne bidrage med i et "
                    "samarbejde. Teamlederne samlede listerne og kvalitetssikrede dem. "
                    "Planen var en trykt folder, men den blev hurtigt forældet. I "
                    "stedet endte det med en kort flyer og detaljerede lister med "
                    "kontaktpersoner på bibliotekets hjemmeside, som kan opdateres "
                    "løbende – et levende produkt til en organisation i forandring. "
                    'Arbejdet fik navnet "Vi kan – vil du".</p>'
                ),
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        'Lav jeres egen "Vi kan – vil du"-oversigt. Lad alle teams '
                        "bidrage, og læg resultatet et sted, hvor det er let at holde "
                        "opdateret."
                    ),
                },
            ),
            ("sub_question", "Hvad siger partnerne om samarbejde med bibliotekerne?"),
            (
                "paragraph",
                (
                    "<p>Erfaringerne fra de gode eksempler viser, at bibliotekerne har "
                    "meget at byde på – men også, at de ofte er for beskedne. Aabenraa "
                    "Bibliotekerne skabte sammen med Deutsche Centralbücherei "
                    "Apenrade, Aabenraa Statsskole, Aabenraa Kommune og kunstmuseet på "
                    "Brundlund Slot en skæv dansk-tysk litteraturfestival. Målet var "
                    "at nå et nyt publikum, skabe noget sammen og blive mere synlige. "
                    "En af erfaringerne var, at bibliotekerne ikke er offensive nok, "
                    "at de sælger sig selv for billigt, og at de mangler færdige "
                    "tilbud, som en partner kan sige ja til.</p><p>Et andet råd fra "
                    "Aabenraa er at lære erhvervspartnernes sprog. En virksomhed "
                    "tænker i målgrupper, synlighed og resultater, og biblioteket står "
                    "stærkere, når det kan beskrive sit bidrag i de termer. Samtidig "
                    "er det vigtigt at afstemme forventningerne tidligt, så begge "
                    "parter ved, hvad de går ind til.</p><p>Også de andre eksempler "
                    "viser, at gevinsten går begge veje. I Greve gav partnerne "
                    "biblioteket friske øjne og gjorde personalet mere bevidst om sine "
                    "egne kompetencer. I Aarhus fik biblioteket kontakt til unge, det "
                    "ikke selv kunne nå, mens partnerne fik nye aktiviteter til deres "
                    "unge. Gevinsten for partneren skal bare gøres tydelig – ellers "
                    "ser partneren den ikke.</p><p>Forbered derfor altid et kort svar "
                    'på spørgsmålet "Hvad får vi ud af det?", før I mødes med en '
                    "mulig partner. Beskriv to eller tre konkrete ting, biblioteket "
                    "kan levere – for eksempel et antal arrangementer, en plads i "
                    "bibliotekets formidling eller adgang til en bestemt målgruppe – "
                    "og vær ærlige om, hvad I ikke kan. Et præcist tilbud er lettere "
                    'at sige ja til end en åben invitation til at "lave noget '
                    'sammen".</p>'
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi er ikke offensive nok. Vi sælger os selv for billigt, og "
                        "vi har sjældent et færdigt tilbud klar, når en partner "
                        "spørger, hvad vi kan."
                    ),
                    "attribution": "Biblioteksdirektør, Aabenraa Bibliotekerne",
                },
            ),
            (
                "checklist",
                {
                    "heading": "Sådan viser I, hvem I er",
                    "items": [
                        "Vi har kortlagt bibliotekets styrker sammen med medarbejderne",
                        (
                            "Vi kan beskrive vores bidrag, så en partner uden for "
                            "biblioteksverdenen forstår det"
                        ),
                        "Vi har konkrete tilbud, som en partner kan sige ja til",
                        (
                            "Oversigten over vores tilbud og kontaktpersoner er let at "
                            "finde og bliver holdt opdateret"
                        ),
                        "Vi ved også, hvad vi ikke kan tilbyde",
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        "Hvad kan vi, som ingen andre i byen kan?",
                        "Hvad ville en lokal virksomhed få ud af at samarbejde med os?",
                        (
                            "Hvordan beskriver vi vores styrker, så en partner uden "
                            "for biblioteksverdenen forstår dem?"
                        ),
                        "Har vi færdige tilbud, eller starter vi forfra hver gang?",
                        "Hvor sælger vi os selv for billigt?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "vi-kan-vil-du",
                        "fem-hurtige-spoergsmaal",
                        "gode-spoergsmaal-til-partnerskabsmoedet",
                    ],
                },
            ),
        ],
    },
    {
        "number": 7,
        "slug": (
            "hvad-betyder-bibliotekets-organisering-for-udbyttet-af-"
            "partnerskabsarbejdet"
        ),
        "title": (
            "Hvad betyder bibliotekets organisering for udbyttet af "
            "partnerskabsarbejdet?"
        ),
        "summary": (
            "Hvordan biblioteket styrer arbejdet, hvilken kultur det har, og hvilke "
            "kompetencer medarbejderne har, afgør, hvor meget partnerskaberne giver."
        ),
        "stages": ["initiation", "concluded"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Et partnerskab er aldrig stærkere end de organisationer, der "
                    "står bag det. Selv den bedste idé og den mest engagerede partner "
                    "kan ikke bære et samarbejde, hvis biblioteket ikke har afklaret, "
                    "hvem der beslutter, hvem der udfører, og hvordan "
                    "partnerskabsarbejdet hænger sammen med den daglige drift. Dette "
                    "kapitel ser på tre forhold: styringen, kulturen og "
                    "kompetencerne.</p>"
                ),
            ),
            (
                "sub_question",
                (
                    "Skal biblioteket have en central eller en decentral styring af "
                    "partnerskabsarbejdet?"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Der er ikke ét rigtigt svar, men to tilgange med hver sine "
                    "fordele og ulemper.</p><p><strong>Den decentrale "
                    "tilgang:</strong> Hver afdeling prioriterer selv sine mulige "
                    "partnerskaber ud fra bibliotekets strategi. Fordelen er, at "
                    "afdelingerne tænker over deres egen rolle, deres muligheder for "
                    "at skabe noget nyt og deres særlige styrker. Når medarbejderne "
                    "selv er med til at vælge, vokser forståelsen og lysten til at "
                    "løfte opgaven. Ulempen er, at det er svært at koordinere de "
                    "samlede partnerskaber i forhold til de strategiske mål, og at "
                    "planerne ofte bliver små, trinvise og sikre.</p><p><strong>Den "
                    "centrale tilgang:</strong> Et bredt sammensat partnerskabsteam "
                    "med beslutningstagere fra alle afdelinger arbejder ud fra den "
                    "samlede strategi og udvælger partnerskaber til afdelingerne. Det "
                    "giver en sammenhængende plan, klarere kommunikation, flere "
                    "helhedsorienterede initiativer på tværs af afdelinger og et mere "
                    "selektivt valg af partnere. Samtidig bliver partnerskaber et emne "
                    "på ledelsesniveau. Ulempen er, at afdelingerne kan opleve "
                    "opgaverne som ordrer ovenfra.</p><p>Mange biblioteker vil finde "
                    "deres egen blanding. Vælger I den centrale tilgang, så inddrag "
                    "afdelingerne tidligt, så de føler ejerskab. Vælger I den "
                    "decentrale, så sørg for, at nogen har overblikket og tør udfordre "
                    "de sikre valg.</p>"
                ),
            ),
            (
                "sub_question",
                "Hvad betyder organisationskulturen for partnerskabsarbejdet?",
            ),
            (
                "paragraph",
                (
                    "<p>Partnere er forskellige, og forskellene viser sig hurtigt i "
                    "hverdagen. Biblioteket planlægger måske et år frem, mens en avis "
                    "eller en tv-kanal lever i nyhedernes døgnrytme. Biblioteket "
                    "arbejder i dagtimerne, mens en forening bliver drevet af "
                    "frivillige, der først har tid om aftenen. Og hvor biblioteket "
                    "arbejder jævnt hen over året, har en festival perioder med "
                    "hektiske deadlines.</p><p>Ingen af delene er forkerte, men de "
                    "skal mødes. Biblioteket må gå partneren i møde og være parat til "
                    "at ændre sine egne vaner – holde møder om aftenen, svare "
                    "hurtigere eller træffe beslutninger tættere på opgaven. Samtidig "
                    "er det rimeligt at forklare partneren, hvordan biblioteket "
                    "fungerer, og hvorfor nogle ting tager tid. Manglende forståelse "
                    "for hinandens organisationer er en af de typiske udfordringer i "
                    "partnerskaber, og den løses bedst ved at tale åbent om den "
                    "tidligt.</p><p>Erfaringerne fra Greve minder også om, at den "
                    "daglige drift skal fungere, mens partnerskabet kører. Det kræver "
                    "klare snitflader, god projektledelse og løbende dialog, så "
                    "medarbejderne ved, hvornår de arbejder i partnerskabet, og "
                    "hvornår de passer driften.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Partnerne gav os friske øjne på vores eget bibliotek og "
                        "gjorde os mere bevidste om, hvad vi selv kan. Men driften "
                        "skal jo stadig køre, så man har brug for klare snitflader og "
                        "god projektledelse."
                    ),
                    "attribution": "Udviklingschef, Greve Bibliotek",
                },
            ),
            (
                "sub_question",
                (
                    "Hvilke kompetencer har biblioteket, og hvilke vil det være godt "
                    "at få?"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Byg partnerskaber beskriver tre kompetenceprofiler, som "
                    "biblioteket kan udvikle hos medarbejderne, se efter ved "
                    "nyansættelser og understøtte gennem inddragelse og "
                    "motivation:</p><ul><li><strong>Den netværksansvarlige</strong> "
                    "har overblikket over alle bibliotekets partnerskaber uden "
                    "nødvendigvis at stå for det praktiske arbejde. Personen har gode "
                    "kommunikationsevner, et helhedsblik på bibliotek og samfund, sans "
                    "for koordinering og et godt kendskab til bibliotekets ressourcer "
                    "– og har ledelsesansvar eller ledelsens "
                    "opbakning.</li><li><strong>Den partnerskabsansvarlige</strong> – "
                    "gerne én for hvert partnerskab – kender bibliotekets interne "
                    "retningslinjer for partnerskaber, kan kommunikere med mange "
                    "forskellige mennesker og faggrupper og deler sin viden med de "
                    "andre partnerskabsansvarlige.</li><li><strong>Alle "
                    "medarbejdere</strong> bidrager med åbenhed over for "
                    "partnerskaber, glæde over nye samarbejder, kendskab til "
                    "bibliotekets strategi og en realistisk forståelse af bibliotekets "
                    "styrker og svagheder.</li></ul><p>Når biblioteket ansætter nye "
                    "medarbejdere, er det værd at se på kandidatens personlige "
                    "netværk. Kompetencerne kan også trænes i fællesskab: Herning "
                    "Bibliotekerne har udviklet et spil, der træner "
                    "partnerskabsarbejdet.</p>"
                ),
            ),
            ("sub_question", "Hvordan forankrer biblioteket partnerskabsarbejdet?"),
            (
                "paragraph",
                (
                    "<p>Når et partnerskab er godt i gang, melder et nyt spørgsmål "
                    "sig: Hvordan bliver det en fast del af organisationen i stedet "
                    "for et projekt, der afhænger af bestemte personer? Forankring "
                    "handler om at skrive partnerskabet ind i planer, budgetter og "
                    "arbejdsgange, så det kan overleve både personaleudskiftning og "
                    "omorganiseringer.</p><p>Det handler også om at tage erfaringerne "
                    "med, når et partnerskab slutter eller skal fornyes. I Roskilde "
                    'satte projektet "Touching Ronny" i Mellem_Rummet varige spor i '
                    "den måde, biblioteket udstiller på. Skriv erfaringerne ned, del "
                    "dem med kollegerne, og brug dem i det næste partnerskab.</p>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "Partnerskaber må ikke afhænge af én person. Skriv dem ind i "
                        "planer og arbejdsgange, så de overlever både "
                        "personaleudskiftning og omorganiseringer."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "Er organisationen klar?",
                    "items": [
                        (
                            "Vi har valgt, om partnerskabsarbejdet skal styres "
                            "centralt, decentralt eller som en blanding"
                        ),
                        "Der er udpeget en netværksansvarlig med ledelsens opbakning",
                        "Hvert partnerskab har en partnerskabsansvarlig",
                        (
                            "Vi har talt med partneren om forskelle i arbejdsrytme og "
                            "kultur"
                        ),
                        "Den daglige drift er sikret, mens partnerskabet kører",
                        "Vi ser på netværk og samarbejdsevner, når vi ansætter",
                        (
                            "Erfaringer fra afsluttede partnerskaber bliver skrevet "
                            "ned og delt"
                        ),
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        "Hvem beslutter i dag, hvilke partnerskaber vi går ind i?",
                        (
                            "Hvilken af de to tilgange til organisering passer til "
                            "vores kultur og størrelse?"
                        ),
                        (
                            "Hvor adskiller vores arbejdsrytme sig mest fra vores "
                            "partneres?"
                        ),
                        (
                            "Hvilke vaner er vi parate til at ændre for at møde en "
                            "partner?"
                        ),
                        (
                            "Hvem har kompetencerne som netværks- og "
                            "partnerskabsansvarlig, og hvem kan udvikle dem?"
                        ),
                        (
                            "Hvordan sikrer vi, at et partnerskab overlever, hvis en "
                            "nøgleperson stopper?"
                        ),
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "to-tilgange-til-organisering",
                        "kompetencer-i-partnerskabsarbejdet",
                        "partnerskabsspillet",
                        "udfordringer-i-partnerskabsarbejdet",
                        "12-faser-model",
                    ],
                },
            ),
        ],
    },
    {
        "number": 8,
        "slug": "hvordan-understoetter-biblioteket-sit-partnerskab",
        "title": "Hvordan understøtter biblioteket sit partnerskab?",
        "summary": (
            "Klare aftaler, god kommunikation – også internt – og løbende evaluering "
            "holder partnerskabet sundt fra den første aftale til afslutning eller "
            "fornyelse."
        ),
        "stages": ["agreement", "communication", "evaluation", "concluded"],
        "body": [
            (
                "paragraph",
                (
                    "<p>Når partnerne er fundet, og formålet er på plads, begynder det "
                    "egentlige arbejde. Et partnerskab skal plejes hele vejen: fra den "
                    "første aftale over det daglige samarbejde til evalueringen og "
                    "beslutningen om, hvad der skal ske, når forløbet er slut.</p>"
                ),
            ),
            ("sub_question", "Hvordan skaber biblioteket klare aftaler?"),
            (
                "paragraph",
                (
                    "<p>Skriv aftalen ned. Selv når parterne kender hinanden godt og "
                    "er enige om det meste, er en skriftlig samarbejdsaftale det "
                    "bedste værn mod misforståelser. Arbejdet med aftalen tvinger "
                    "parterne til at tale om de spørgsmål, der ellers først dukker op, "
                    "når noget går galt.</p><p>En god aftale beskriver "
                    "typisk:</p><ul><li>parterne og deres "
                    "kontaktpersoner</li><li>baggrunden, formålet og den fælles "
                    "vision</li><li>hver parts egne mål og forventede "
                    "gevinster</li><li>aktiviteter og opgavefordeling</li><li>hvad "
                    "hver part bidrager med, for eksempel arbejdstimer, lokaler, "
                    "penge, materialer og netværk</li><li>hvordan beslutninger bliver "
                    "truffet, og hvordan der kommunikeres – både internt og "
                    "udadtil</li><li>økonomi, rettigheder og forholdet til tredjepart "
                    "som sponsorer og medier</li><li>varighed, milepæle og tidspunkter "
                    "for evaluering</li><li>hvad der sker ved uenighed, ændringer og "
                    "afslutning</li></ul><p>Værktøjskassen indeholder en "
                    "standardsamarbejdsaftale, men ikke alle punkter passer til alle "
                    "partnerskaber. Tilpas altid aftalen til det konkrete samarbejde. "
                    "Til inspiration kan I se aftalen bag Mellem_Rummet, "
                    "kulturpartnerskabet mellem Roskilde Bibliotekerne, Roskilde "
                    "Universitetsbibliotek og Museet for Samtidskunst.</p>"
                ),
            ),
            ("sub_question", "Hvorfor er kommunikation så vigtig?"),
            (
                "paragraph",
                (
                    "<p>Næsten alle problemer mellem partnere kan føres tilbage til "
                    "for lidt information – eller information i den forkerte dosis. "
                    "Den ene part føler sig holdt udenfor, den anden drukner i mails. "
                    "Målet er, at alle føler sig velinformerede uden at blive "
                    "oversvømmet.</p><p>Møderne er partnerskabets puls. Et godt "
                    "partnerskabsmøde er konstruktivt og har fremdrift, så deltagerne "
                    "går derfra med beslutninger og en klar fornemmelse af, hvad der "
                    "skal ske. Forberedelsen betyder meget. Invitér de rigtige "
                    "personer fra hver partner, og overvej, om nøglepersoner udefra "
                    "bør være med. Send en deltagerliste, der viser hver deltagers "
                    "organisation, rolle i organisationen og rolle i partnerskabet. "
                    "Aftal dagsorden og form på forhånd, så ingen bliver overrumplet, "
                    "og vælg et mødested, hvor alle føler sig velkomne. Og kom til "
                    "tiden.</p><p>Under mødet hjælper det at blive ved med at stille "
                    "de grundlæggende spørgsmål: Hvad vil vi opnå? Hvad betyder "
                    "samarbejdet for os? Hvad er tidsrammen, og hvor går grænserne? Er "
                    "det, du siger, din personlige holdning, din organisations "
                    "holdning eller en generel betragtning? Gentag og opsummér "
                    "undervejs, så I er sikre på, at I har forstået hinanden.</p><p>En "
                    "kommunikationsplan gør det lettere at holde styr på, hvem der "
                    "skal have hvilket budskab, gennem hvilken kanal, fra hvem og "
                    "hvornår – hvad enten det gælder kolleger, partnerens "
                    "medarbejdere, offentligheden eller pressen.</p>"
                ),
            ),
            ("sub_question", "Hvad med den interne kommunikation?"),
            (
                "paragraph",
                (
                    "<p>Det er let at glemme sine egne kolleger, når opmærksomheden er "
                    "rettet mod partneren. Men hvis medarbejderne ikke kender målet og "
                    "formålet med et partnerskab, kan de hverken bakke op om det eller "
                    "fortælle brugerne om det. I værste fald oplever de partnerskabet "
                    "som en ekstra opgave, der er landet på deres bord uden "
                    "forklaring.</p><p>Vær derfor åbne om partnerskaberne. Fortæl om "
                    "dem på personalemøder og på intranettet, fejr nye partnerskaber, "
                    "og brug dem som anledning til at fortælle om bibliotekets "
                    "strategi. Når alle kender retningen, bliver det også lettere for "
                    "alle at få øje på nye muligheder.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Vi lærte, at man skal have afstemt målene tidligt, og at ens "
                        "egne kolleger også skal vide, hvorfor vi gør det. Og så tager "
                        "alting længere tid, end man tror."
                    ),
                    "attribution": "Kommunikationschef, Herning Bibliotekerne",
                },
            ),
            ("sub_question", "Hvorfor skal partnerskabet evalueres løbende?"),
            (
                "paragraph",
                (
                    "<p>Hvis I først evaluerer, når partnerskabet er slut, er det for "
                    "sent at rette op. Løbende evaluering giver mulighed for at "
                    "justere undervejs og er samtidig en anledning til at tale om "
                    "samarbejdet, før små irritationer vokser sig store. Evaluér "
                    "derfor med faste mellemrum, og skriv tidspunkterne ind i "
                    "aftalen.</p><p>Evalueringen bør dække tre ting: selve "
                    "samarbejdet, fremdriften og resultaterne. Byg partnerskaber "
                    "anbefaler en metode i to trin. Først besvarer hver partner en "
                    "række spørgsmål skriftligt og hver for sig. Derefter mødes "
                    "parterne og drøfter svarene mundtligt. Metoden hedder strategisk "
                    "refleksiv kommunikation, og styrken er, at alle når at tænke "
                    "selv, før de hører de andres synspunkter. Det giver en ærligere "
                    "samtale og gør det lettere at tale om det, der ikke "
                    "fungerer.</p><p>Evalueringen ender med et valg: Skal "
                    "partnerskabet fortsætte som hidtil, justeres, have nye partnere "
                    "med eller slutte? Forholdene kan ændre sig – en omorganisering, "
                    "en ny strategi eller en besparelse kan gøre det nødvendigt at "
                    "tænke om. Skal partnerskabet slutte, så gør det ordentligt, og "
                    "hold kontakten, for et nyt partnerskab kan opstå senere. Og "
                    "uanset udfaldet: Skriv erfaringerne ned, så kolleger og kommende "
                    "partnerskaber kan få glæde af dem, for eksempel ved at besvare de "
                    "fem hurtige spørgsmål.</p>"
                ),
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Lad alle partnere svare skriftligt og hver for sig, før I "
                        "evaluerer sammen. Så kommer flere synspunkter frem, og "
                        "samtalen bliver mere ærlig."
                    ),
                },
            ),
            (
                "checklist",
                {
                    "heading": "Tjekliste til partnerskabet undervejs",
                    "items": [
                        (
                            "Vi har en skriftlig aftale, der er tilpasset netop dette "
                            "partnerskab"
                        ),
                        "Alle parter kender hinandens mål og forventede gevinster",
                        (
                            "Vi har lavet en risikovurdering og ved, hvad vi gør, hvis "
                            "noget går galt"
                        ),
                        (
                            "Der er en kommunikationsplan for både intern og ekstern "
                            "kommunikation"
                        ),
                        (
                            "Møderne har en aftalt dagsorden og ender med klare "
                            "beslutninger"
                        ),
                        "Kollegerne kender formålet med partnerskabet",
                        "Evalueringstidspunkterne står i kalenderen",
                        (
                            "Vi ved, hvornår og hvordan vi tager stilling til "
                            "fortsættelse eller afslutning"
                        ),
                    ],
                },
            ),
            (
                "questions",
                {
                    "heading": "Spørgsmål I kan stille jer selv",
                    "questions": [
                        (
                            "Står det klart i aftalen, hvem der gør hvad, og hvem der "
                            "bidrager med hvad?"
                        ),
                        (
                            "Føler alle parter sig velinformerede – uden at drukne i "
                            "information?"
                        ),
                        "Går vi fra møderne med beslutninger og fremdrift?",
                        "Ved vores egne kolleger, hvorfor vi er med i partnerskabet?",
                        (
                            "Hvornår evaluerede vi sidst samarbejdet, fremdriften og "
                            "resultaterne?"
                        ),
                        "Hvad gør vi, hvis en af parterne får nye vilkår?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Værktøjer til dette",
                    "tools": [
                        "standardsamarbejdsaftale",
                        "eksempel-paa-samarbejdsaftale",
                        "gode-spoergsmaal-til-partnerskabsmoedet",
                        "kommunikationsplan",
                        "udfordringer-i-partnerskabsarbejdet",
                        "evaluering-af-partnerskaber",
                        "tjekliste-til-partnerskabsarbejdet",
                    ],
                },
            ),
        ],
    },
]
