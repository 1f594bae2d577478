"""Demo content: the inspiration cases, the film page, the about page and the
front-page introduction.

Facts follow the original "Byg partnerskaber" toolkit (2012); every sentence is
written for this site. Each case uses the toolkit's "five quick questions" format;
where the material gives no year or does not answer a question, the case leaves
it out rather than guess.
"""

CASE_INDEX = {
    "title": "Inspiration",
    "intro": (
        "Her kan du hente inspiration fra biblioteker, der har prøvet kræfter med "
        "partnerskaber – med teatre, museer, virksomheder, skoler, foreninger og "
        "medier. Hver case begynder med et kort oprids og svarer derefter på de af "
        "de fem hurtige spørgsmål om erfaringer, udfordringer og gevinster, som "
        "materialet giver svar på. Filtrér efter partnerens sektor, fase, slags "
        "samarbejde, målgruppe, år eller emne for at finde eksempler, der ligner "
        "jeres egen situation."
    ),
}

CASES = [
    {
        "slug": "sansefortaellingen",
        "title": "Sansefortællingen",
        "library": "Herning Bibliotekerne",
        "respondent_role": "Kommunikationschef",
        "year_from": 2009,
        "partners": [
            (
                "Messecenter Herning",
                "private",
                "Vært",
                "Rammer og logistik til arrangementet.",
            ),
            (
                "Team Teatret",
                "culture",
                "Iscenesætter",
                "Iscenesættelsen og det scenekunstneriske håndværk.",
            ),
        ],
        "outline": (
            "<p>I 2009 gik Herning Bibliotekerne sammen med Messecenter Herning og "
            "Team Teatret om at skabe et arrangement til en kulturfestival i "
            "Vestjylland. Resultatet blev Sansefortællingen: en fortælling, som "
            "publikum skulle opleve med alle sanser og ikke kun lytte til.</p><p>Hver "
            "partner bidrog med det, den kunne bedst. Teatret stod for iscenesættelsen "
            "og det scenekunstneriske håndværk, messecentret for rammer og logistik, "
            "og biblioteket for fortællingen, formidlingen og kontakten til et bredt "
            "publikum.</p><p>Arrangementet fik gode anmeldelser og mange besøgende. "
            "Lige så vigtigt var det, at samarbejdet ikke sluttede, da festivalen var "
            "forbi: De relationer, parterne byggede op undervejs, førte til nye "
            "samarbejder bagefter.</p>"
        ),
        "experience": (
            "<p>Vi har fået et langt bredere netværk, end vi havde før, og vi har lært "
            "nyt af folk, der arbejder helt anderledes end os. Et teater tænker i "
            "scener og publikumsoplevelser, et messecenter i logistik og kapacitet, og "
            "begge dele har smittet af på den måde, vi selv planlægger arrangementer "
            "på.</p><p>Vi har også lært, at et partnerskab ikke passer sig selv. Det "
            "kræver pleje, løbende kontakt og et åbent sind – også når tingene ikke "
            "går, som man havde forestillet sig.</p>"
        ),
        "challenges": (
            "<p>Den største udfordring er at få målene afstemt tidligt. Tre "
            "organisationer har tre forskellige grunde til at være med, og hvis de "
            "ikke bliver sagt højt fra begyndelsen, opdager man først forskellene, når "
            "det er besværligt at rette op på dem.</p><p>Derudover tager alting "
            "længere tid, end man tror. Beslutninger skal forankres hos flere parter, "
            "og kalenderne passer sjældent sammen. Det skal man regne med i tidsplanen "
            "i stedet for at blive overrasket over det.</p>"
        ),
        "barriers": (
            "<p>Den klassiske barriere er, at partnerskabet bliver én ildsjæls "
            "projekt. Hvis kollegerne ikke kender formålet, oplever de samarbejdet som "
            "ekstraarbejde, der stjæler tid fra driften, og så forsvinder "
            "opbakningen.</p><p>Vores egne medarbejdere skal vide, hvorfor biblioteket "
            "er med, og hvad vi får ud af det – før arrangementet og ikke bagefter. "
            "Det gælder både dem, der står i udlånet, og dem, der skal svare på "
            "spørgsmål fra pressen og publikum.</p>"
        ),
        "purpose": (
            "<p>Vi ville skabe en oplevelse, som ingen af os kunne have lavet alene, "
            "og vise biblioteket i en ny sammenhæng på en kulturfestival. For "
            "biblioteket handlede det også om at komme ud af huset og møde et "
            "publikum, der ikke nødvendigvis bruger os i hverdagen.</p><p>Samtidig "
            "ville vi gerne prøve, hvordan det er at arbejde tæt sammen med både en "
            "erhvervsvirksomhed og en kulturinstitution på samme tid.</p>"
        ),
        "library_gain": (
            "<p>Biblioteket kan mere, end mange partnere er klar over. Vi når bredt ud "
            "i befolkningen, vi har et troværdigt og ikke-kommercielt image, og vi er "
            "vant til at formidle og afvikle arrangementer.</p><p>For en virksomhed "
            "kan et samarbejde med biblioteket være en måde at profilere sig gennem "
            "kultur i stedet for gennem sport. For en kulturinstitution er biblioteket "
            "en vej til nye publikummer. Det skal vi bare blive bedre til at "
            "fortælle.</p>"
        ),
        "lessons": [
            "Et partnerskab giver et bredere netværk og nye kompetencer.",
            "Partnerskaber kræver pleje og et åbent sind.",
            "Afstem målene med partnerne tidligt.",
            "Regn med, at tingene tager tid.",
            "Sørg for, at egne medarbejdere kender formålet.",
        ],
        "relationship": "partnership",
        "target_groups": ["everyone"],
        "outcome": (
            "<p>Gode anmeldelser og mange besøgende – og relationer, der førte til "
            "nye samarbejder, efter at festivalen var slut.</p>"
        ),
        "sources": [("Herning Bibliotekerne", "https://www.herningbib.dk/")],
        "stages": ["initiation", "communication", "concluded"],
        "tags": ["festival", "kultur", "erhvervsliv"],
    },
    {
        "slug": "discover-and-learn",
        "title": "Discover and Learn",
        "library": "Greve Bibliotek",
        "respondent_role": "Udviklingschef",
        "year_from": 2011,
        "partners": [
            ("Designantropolog", "private"),
            ("Indretningsarkitekt", "private"),
            ("Lysdesigner", "private"),
            ("Designbureau", "private"),
            ("Softwarevirksomhed", "private"),
        ],
        "outline": (
            "<p>Da Greve Bibliotek skulle fornyes, inviterede biblioteket en række "
            "fagfolk med i arbejdet: en designantropolog, en indretningsarkitekt, en "
            "lysdesigner, et designbureau og en softwarevirksomhed. Sammen med "
            "bibliotekets medarbejdere var de med til at beskrive, hvad det fornyede "
            "bibliotek skulle kunne, og hvordan rummene skulle tage imod "
            "brugerne.</p><p>Projektet fik navnet Discover and Learn og havde et "
            "dobbelt formål. Ud over at skabe et bedre bibliotek ville Greve Bibliotek "
            "afprøve, hvad partnerskaber egentlig tilfører et udviklingsarbejde. Hvad "
            "ser fagfolk udefra, som bibliotekets egne folk ikke ser? Og hvad kræver "
            "det af en organisation at udvikle på den måde?</p>"
        ),
        "experience": (
            "<p>Den vigtigste erfaring er værdien af friske øjne. Partnerne stillede "
            "spørgsmål til ting, vi for længst var holdt op med at lægge mærke til – "
            "fra hvordan brugerne bevæger sig gennem huset, til hvordan lyset falder "
            "på reolerne.</p><p>Samtidig blev vi mere bevidste om vores egne "
            "kompetencer. Når man skal forklare sit fag for en designantropolog eller "
            "en softwareudvikler, bliver det tydeligt, hvad bibliotekarer faktisk er "
            "gode til, og hvad vi kan bidrage med i et fælles projekt.</p>"
        ),
        "challenges": (
            "<p>Med mange partnere bliver grænsefladerne afgørende. Hvem har ansvaret "
            "for hvad, og hvor slutter den enes opgave, og den andens begynder? Når "
            "det er uklart, opstår der huller eller dobbeltarbejde.</p><p>Det kræver "
            "en <strong>stærk projektledelse</strong>, der holder styr på helheden, og "
            "en løbende dialog, hvor man tør tage de svære spørgsmål op undervejs. Det "
            "lyder banalt, men det er netop her, mange udviklingsprojekter mister "
            "fart.</p>"
        ),
        "barriers": (
            "<p>Den daglige drift skal køre, også mens man udvikler. Åbningstider, "
            "udlån og arrangementer holder ikke pause, fordi der er et spændende "
            "projekt i gang, og det lægger pres på de medarbejdere, der skal være med "
            "i begge dele.</p><p>Man er nødt til at afsætte reel tid til "
            "udviklingsarbejdet og være ærlig om, hvad der må vente. Ellers ender "
            "partnerskabet som noget, der bliver klemt ind mellem alle de andre "
            "opgaver.</p>"
        ),
        "purpose": (
            "<p>Vi ville have et bibliotek, der var tænkt ud fra brugernes behov og "
            "ikke kun ud fra vores egne vaner. Derfor havde vi brug for kompetencer, "
            "vi ikke selv har i huset.</p><p>Samtidig ville vi blive klogere på selve "
            "arbejdsformen: Hvad giver det et udviklingsprojekt at arbejde med "
            "partnere i stedet for at gøre det hele selv? Den viden kan vi tage med "
            "ind i kommende projekter.</p>"
        ),
        "library_gain": (
            "<p>For partnerne er biblioteket et sted, hvor ideer kan afprøves i "
            "virkeligheden – med rigtige brugere og i et offentligt rum, hvor mange "
            "mennesker kommer hver dag.</p><p>Biblioteket har desuden stor viden om at "
            "finde, ordne og formidle information, og den viden er nyttig for "
            "virksomheder, der arbejder med design og digitale løsninger. Endelig er "
            "et projekt i et bibliotek en synlig reference, som partnerne kan vise "
            "frem.</p>"
        ),
        "lessons": [
            "Eksterne partnere giver friske øjne på velkendte ting.",
            "Samarbejdet gør biblioteket bevidst om sine egne kompetencer.",
            "Mange partnere kræver klare grænseflader og god projektledelse.",
            "Den daglige drift skal fortsætte, mens projektet står på.",
        ],
        "relationship": "partnership",
        "target_groups": ["everyone"],
        "stages": ["agreement", "communication"],
        "tags": ["design", "innovation", "erhvervsliv", "kompetencer"],
    },
    {
        "slug": "litteratur-paa-slottet",
        "title": "Litteratur på slottet",
        "library": "Aabenraa Bibliotekerne",
        "respondent_role": "Bibliotekschef",
        "year_from": 2010,
        "partners": [
            ("Deutsche Centralbücherei Apenrade", "culture"),
            ("Aabenraa Statsskole", "education"),
            ("Aabenraa Kommune", "public"),
            ("Kunstmuseet Brundlund Slot", "culture"),
        ],
        "outline": (
            "<p>Litteratur på slottet er en dansk-tysk litteraturfestival med et skævt "
            "og legende udtryk. Aabenraa Bibliotekerne skabte den sammen med en bred "
            "kreds af partnere i byen: Deutsche Centralbücherei Apenrade, som er det "
            "tyske mindretals bibliotek, Aabenraa Statsskole, Aabenraa Kommune og "
            "kunstmuseet på Brundlund Slot.</p><p>Festivalen samler litteratur fra "
            "begge sider af grænsen, og slottets rammer giver ordene en anden klang "
            "end i et almindeligt bibliotek. For biblioteket var der tre mål: at nå "
            "nye publikummer, at skabe noget sammen med andre i stedet for alene og at "
            "gøre biblioteket mere synligt i byen.</p>"
        ),
        "experience": (
            "<p>Vi har lært, at partnere fra andre verdener taler et andet sprog end "
            "os. Især i samarbejdet med erhvervslivet må man lære at formulere sig i "
            "deres termer: Hvad er udbyttet, hvem er målgruppen, og hvad får de ud af "
            "at være med?</p><p>Vi har også oplevet, hvor meget det kræver at afstemme "
            "forventningerne. Det, der er en selvfølge for én partner, kan være helt "
            "uklart for en anden, og derfor skal det siges højt tidligt i "
            "forløbet.</p>"
        ),
        "challenges": (
            "<p>Den største udfordring ligger faktisk hos os selv. Bibliotekerne er "
            "ikke offensive nok. Vi er tilbageholdende med at fortælle, hvad vi kan, "
            "og vi <strong>sælger os selv for billigt</strong>.</p><p>Samtidig mangler "
            "vi færdige tilbud, som en partner kan tage stilling til. Når en "
            "virksomhed spørger, hvad biblioteket kan bidrage med, skal vi kunne give "
            "et præcist svar i stedet for at sige, at vi kan lidt af hvert.</p>"
        ),
        "barriers": (
            "<p>Bibliotekets kultur er bygget op om service og neutralitet, og det er "
            "en styrke. Men den kan også gøre det svært at optræde som en ligeværdig "
            "partner, der stiller krav og forhandler. Medarbejderne skal have "
            "ledelsens opbakning til at tage den rolle på sig.</p><p>Derudover har "
            "partnerne hver deres rytme: En skole følger skoleåret, en kommune sine "
            "politiske processer, og en festival har sin helt egen deadline. Det må "
            "biblioteket indrette sig efter.</p>"
        ),
        "purpose": (
            "<p>Vi ville nå publikummer, der ikke nødvendigvis kommer på biblioteket, "
            "og vi ville skabe noget sammen med andre i stedet for at stå for det hele "
            "selv. Grænselandet giver en særlig mulighed, fordi dansk og tysk kultur "
            "lever side om side i byen.</p><p>Endelig handlede det om synlighed. "
            "Biblioteket skal opleves som en aktiv kulturaktør i Aabenraa og ikke kun "
            "som stedet, hvor man låner bøger.</p>"
        ),
        "library_gain": (
            "<p>Biblioteket har en bred kontaktflade til borgerne, erfaring med at "
            "formidle litteratur og planlægge arrangementer og et troværdigt navn, som "
            "mange gerne vil forbindes med. En partner får adgang til et publikum og "
            "et netværk, som ellers kan være svært at nå.</p><p>Men gevinsten bliver "
            "kun tydelig, hvis biblioteket selv kan sætte ord på den. Det er vores "
            "ansvar at vise, hvad vi kan.</p>"
        ),
        "lessons": [
            "Lær at tale partnernes sprog – også erhvervslivets.",
            "Afstem forventningerne, før arbejdet går i gang.",
            "Vær offensiv, og undersælg ikke bibliotekets styrker.",
            "Hav veldefinerede tilbud klar, som partnere kan sige ja til.",
        ],
        "relationship": "partnership",
        "target_groups": ["adults"],
        "target_group_note": "Læsere på begge sider af den dansk-tyske grænse",
        "stages": ["initiation", "agreement"],
        "tags": ["festival", "litteratur", "kultur"],
    },
    {
        "slug": "unge-uden-ungdomsuddannelse",
        "title": "Unge uden ungdomsuddannelse",
        "library": "Lokalbibliotekerne i Aarhus",
        "respondent_role": "Projektmedarbejder",
        "partners": [
            (
                "Ungdomsklubber",
                "public",
                "Indgang til de unge",
                "Kontakten til og tilliden hos de unge.",
            ),
            ("Boligforeninger", "civil_society"),
            ("Lokale organisationer", "civil_society"),
        ],
        "outline": (
            "<p>Lokalbibliotekerne i Aarhus satte sig for at nå unge uden en "
            "ungdomsuddannelse – en gruppe, der sjældent bruger biblioteket. Målet var "
            "aktiviteter, der styrker de unges egne ressourcer og tro på, at de kan "
            "tage det næste skridt, frem for tilbud, der blot skal lokke dem "
            "indenfor.</p><p>Det kunne biblioteket ikke klare alene. Ungdomsklubber, "
            "boligforeninger og lokale organisationer havde den kontakt til de unge, "
            "som biblioteket manglede, og de blev derfor helt centrale "
            "partnere.</p><p>Erfaringerne er samlet i et idékatalog, hvor et kapitel "
            "handler om partnerskaber. Det lægger vægt på tre ting: overblik over "
            "feltet, tæt dialog med partnerne og løbende kvalitetssikring.</p>"
        ),
        "experience": (
            "<p>Vi har lært, at partnerne var uundværlige. Det var dem og ikke "
            "biblioteket, der kendte de unge og havde deres tillid. En klubmedarbejder "
            "kan åbne en dør, som vi aldrig ville kunne åbne med en plakat eller et "
            "opslag.</p><p>Samtidig har vi set, at biblioteket har noget at byde på, "
            "når først kontakten er skabt: et frirum, adgang til viden og voksne, der "
            "hverken er sagsbehandlere eller lærere.</p>"
        ),
        "challenges": (
            "<p>Det sværeste er at få rammerne afklaret tidligt. Hvilken sammenhæng "
            "arbejder vi i? Hvad forventer hver partner, og hvem gør hvad?</p><p>Er "
            "rollerne uklare, risikerer man, at alle tror, at en anden har kontakten "
            "til de unge – og så sker der ingenting. Det tager også tid at opbygge "
            "tillid, både hos de unge og mellem organisationerne, og den tid må man "
            "give sig selv.</p>"
        ),
        "barriers": (
            "<p>Biblioteket er vant til at tænke i tilbud, som borgerne selv opsøger. "
            "Med denne målgruppe må vi gå ud af huset og arbejde på andres præmisser, "
            "og det udfordrer både arbejdstider, arbejdsgange og vores faglige "
            "selvforståelse.</p><p>Klubber og boligområder har deres egen rytme, ofte "
            "om aftenen. Det kræver fleksibilitet og en ledelse, der bakker op om, at "
            "medarbejderne bruger tid uden for biblioteket.</p>"
        ),
        "purpose": (
            "<p>Formålet var at nå unge, som biblioteket ellers ikke når, og at gøre "
            "det på en måde, der styrker dem. Vi ville ikke bare have flere besøgende, "
            "men bidrage til, at de unge får lyst og mod til at tage en "
            "uddannelse.</p><p>Det mål kunne vi kun nå sammen med dem, der i forvejen "
            "var tæt på de unge i hverdagen.</p>"
        ),
        "library_gain": (
            "<p>En partner får adgang til bibliotekets rum, materialer og faglighed "
            "inden for læsning, information og digitale færdigheder – og til "
            "medarbejdere, der er vant til at møde alle slags mennesker.</p><p>For en "
            "klub eller en boligforening kan biblioteket være et neutralt sted, hvor "
            "de unge kan lære noget uden at føle sig tilbage i skolen. Sammen kan man "
            "skabe forløb, som ingen af parterne kunne have tilbudt alene.</p>"
        ),
        "lessons": [
            "Partnere med kontakt til målgruppen kan være uundværlige.",
            "Afklar sammenhæng, forventninger og roller tidligt.",
            "Hold overblik over feltet og en tæt dialog med partnerne.",
            "Sikr kvaliteten løbende og ikke kun til sidst.",
        ],
        "relationship": "partnership",
        "target_groups": ["young_people"],
        "target_group_note": "Unge uden en ungdomsuddannelse",
        "outcome": (
            "<p>Et idékatalog med erfaringerne, hvor et kapitel handler om "
            "partnerskaber.</p>"
        ),
        "sources": [("Aarhus Kommunes Biblioteker", "https://www.aakb.dk/")],
        "editor_note": (
            "Det oprindelige materiale nævner intet årstal. Spørg Lokalbibliotekerne "
            "i Aarhus, før der skrives et år på casen."
        ),
        "stages": ["initiation", "evaluation"],
        "tags": ["unge", "inddragelse", "civilsamfund"],
    },
    {
        "slug": "mellem-rummet",
        "title": "Mellem_Rummet",
        "library": "Roskilde Bibliotekerne",
        "respondent_role": "Projektkoordinator",
        "year_from": 2006,
        "year_to": 2012,
        "partners": [
            ("Roskilde Universitetsbibliotek", "education"),
            ("Museet for Samtidskunst", "culture"),
        ],
        "outline": (
            "<p>Siden 2006 har Roskilde Bibliotekerne, Roskilde Universitetsbibliotek "
            "og Museet for Samtidskunst samarbejdet om Mellem_Rummet. Partnerskabet "
            "bringer kunst, lyd, video, oplæsninger og koncerter ind i begge "
            "biblioteker – ofte til et publikum, der ikke har forberedt sig på at møde "
            "samtidskunst, men bare er kommet for at låne en bog.</p><p>Museets værker "
            "bliver vist i bibliotekernes rum, og projekterne spænder vidt: en "
            "kollektiv, åben skriveinstallation skabt sammen med en digter, en "
            "udstilling af jazzfotografier, der satte varige spor i den måde, "
            "biblioteket udstiller på, og <em>Turbo på ordet</em>, hvor en kunstner "
            "lavede ordanimationer over en dansk digters "
            "tekster.</p><p>Samarbejdsaftalen bag Mellem_Rummet bruges som eksempel i "
            "værktøjskassen.</p>"
        ),
        "experience": (
            "<p>Vi har erfaret, at det uventede møde med kunsten kan være stærkere end "
            "det planlagte. Når en bruger pludselig står over for en videoinstallation "
            "mellem reolerne, opstår der samtaler, som næppe ville opstå på et "
            "museum.</p><p>Vi har også lært meget om at udstille. Museets krav til, "
            "hvordan værker skal vises, har ændret vores egen praksis varigt – også "
            "når vi udstiller uden partnerne.</p>"
        ),
        "challenges": (
            "<p>Det er en udfordring at vise kunst for et publikum, der ikke selv har "
            "valgt den. Nogle bliver begejstrede, andre irriterede, og begge "
            "reaktioner skal vi kunne rumme og tale med brugerne om.</p><p>Rent "
            "praktisk stiller værkerne ofte krav til lys, lyd og sikkerhed, som et "
            "bibliotek ikke er bygget til. Og med tre institutioner skal man hele "
            "tiden sikre, at alle føler ejerskab til projekterne.</p>"
        ),
        "barriers": (
            "<p>Tre institutioner betyder tre kulturer. Et museum planlægger "
            "udstillinger langt frem og har faste procedurer for at håndtere værker, "
            "et universitetsbibliotek følger semestrets rytme, og et folkebibliotek er "
            "vant til at reagere hurtigt. Det skal man forstå og respektere hos "
            "hinanden.</p><p>Internt er det vigtigt, at personalet i udlånet ved, hvad "
            "der foregår og hvorfor, så de kan tage godt imod brugernes spørgsmål.</p>"
        ),
        "purpose": (
            "<p>Vi ville gøre biblioteket til et sted, hvor man også møder kunst og "
            "nye udtryk, og vise, at litteratur, lyd og billeder hænger sammen. Museet "
            "gav os adgang til værker og faglighed, vi ikke selv har, og "
            "universitetsbiblioteket bragte et andet publikum med.</p><p>Ved at skrive "
            "samarbejdet ned i en aftale fik vi en fælles ramme, som har båret "
            "partnerskabet gennem flere år.</p>"
        ),
        "library_gain": (
            "<p>Et museum får adgang til rum, hvor mange mennesker kommer i hverdagen "
            "– også mennesker, der aldrig ville købe en museumsbillet. Biblioteket "
            "tilbyder et ikke-kommercielt og trygt sted at møde kunsten, erfaring med "
            "formidling og arrangementer og en tæt kontakt til "
            "lokalsamfundet.</p><p>For kunstnere er biblioteket et anderledes "
            "udstillingsrum, hvor værket indgår i en ny sammenhæng.</p>"
        ),
        "lessons": [
            "Kunst i biblioteket når et publikum, der ikke selv har opsøgt den.",
            "En partners faglighed kan ændre bibliotekets egen praksis varigt.",
            "En skriftlig samarbejdsaftale giver en fælles ramme over flere år.",
            "Respekter partnernes forskellige rytmer og procedurer.",
        ],
        "relationship": "partnership",
        "target_groups": ["adults"],
        "sources": [("Roskilde Bibliotekerne", "https://www.roskildebib.dk/")],
        "stages": ["agreement", "evaluation"],
        "tags": ["kunst", "kultur", "museum"],
    },
    {
        "slug": "roskilde-bibliotekerne-satser-paa-rocken",
        "title": "Roskilde Bibliotekerne satser på rocken",
        "library": "Roskilde Bibliotekerne",
        "respondent_role": "Leder af musikbiblioteket",
        "year_from": 2010,
        "partners": [
            ("Roskilde Museum / Danmarks Rockmuseum", "culture"),
        ],
        "outline": (
            "<p>I august 2010 indgik Roskilde Bibliotekerne en aftale med Roskilde "
            "Museum om at udvikle og drive biblioteksdelen af det kommende Danmarks "
            "Rockmuseum i bydelen Musicon. Det er første gang i Danmark, at et museum "
            "og et bibliotek bliver forenet fysisk på den måde.</p><p>Allerede inden "
            "museet åbner, er det til stede i bibliotekets musikafdeling. Afdelingen "
            "har fået en ny indretning, og her er der arrangementer, udstillede "
            "genstande, quizzer og foredrag.</p><p>Ambitionen rækker videre end et "
            "fælles hus. Parterne vil skabe et <em>fjerde sted</em>: et mødested, hvor "
            "musik, viden og fællesskab går op i en højere enhed.</p>"
        ),
        "experience": (
            "<p>Vi har lært, at to institutioner med hver sin faglighed kan skabe mere "
            "end summen af delene. Museet bringer genstande, historier og forskning; "
            "biblioteket bringer musiksamlinger, formidling og en stor daglig kontakt "
            "med brugerne.</p><p>Vi har også erfaret, at det betaler sig at begynde i "
            "det små. Når museet allerede nu er flyttet ind i musikbiblioteket, kan vi "
            "afprøve samarbejdet længe før det nye hus står klar.</p>"
        ),
        "challenges": (
            "<p>Et partnerskab med så lang en tidshorisont kræver tålmodighed. "
            "Planerne for et nyt museum ændrer sig undervejs, og det skal aftalen "
            "kunne rumme. Samtidig skal gejsten holdes oppe i årene frem mod åbningen, "
            "så samarbejdet ikke kun lever på papiret.</p><p>Det er også en udfordring "
            "at finde en fælles identitet, hvor hverken museet eller biblioteket "
            "forsvinder, men hvor brugerne oplever ét samlet sted.</p>"
        ),
        "barriers": (
            "<p>Museer og biblioteker har forskellige traditioner. Museet passer på "
            "genstande og tænker i udstillinger; biblioteket låner ud og tænker i "
            "brugere, der selv går på opdagelse. Det giver forskellige svar på "
            "spørgsmål om åbningstider, sikkerhed og om, hvem der må røre ved "
            "hvad.</p><p>Derfor har vi brug for klare aftaler om ansvar – og for "
            "medarbejdere, der er nysgerrige på den anden parts fag.</p>"
        ),
        "purpose": (
            "<p>Formålet er at skabe en ny slags kulturinstitution, hvor musik, "
            "historie og viden mødes, og hvor rockmuseets gæster også får glæde af "
            "bibliotekets samlinger og formidling.</p><p>For biblioteket er det en del "
            "af en bevidst strategi om at forny sin rolle i byen og være til stede "
            "dér, hvor byen udvikler sig – i dette tilfælde i en ny bydel, der er "
            "bygget op om musik og kreativitet.</p>"
        ),
        "library_gain": (
            "<p>Biblioteket bidrager med erfaring i at ordne og formidle viden, med "
            "musikfaglig kompetence og med et stort og bredt publikum, der kommer igen "
            "og igen. Det giver museet en daglig kontakt med brugerne, som museer "
            "sjældent har.</p><p>Biblioteket har også et stærkt lokalt netværk og "
            "erfaring med arrangementer, der kan gøre museet levende i hverdagen og "
            "ikke kun, når der er særudstillinger.</p>"
        ),
        "lessons": [
            "Et fælles fysisk sted kræver klare aftaler om ansvar.",
            "Begynd i det små, og afprøv samarbejdet før den store satsning.",
            "Et langt partnerskab skal plejes, så det ikke kun lever på papiret.",
            "Partnerskaber kan forny bibliotekets rolle i byen.",
        ],
        "relationship": "partnership",
        "target_groups": ["everyone"],
        "stages": ["agreement", "communication"],
        "tags": ["musik", "museum", "kultur", "strategi"],
    },
    {
        "slug": "vi-kan-vil-du",
        "title": "Vi kan – vil du",
        "library": "Hovedbiblioteket i Aarhus",
        "respondent_role": "Teamleder",
        "year_from": 2010,
        "partners": [
            ("Bibliotekets egne teams", "other"),
        ],
        "outline": (
            "<p>I efteråret 2010 bad Hovedbiblioteket i Aarhus alle sine teams om at "
            "beskrive, hvad biblioteket som helhed og det enkelte team kan tilbyde en "
            "samarbejdspartner. Teamlederne samlede derefter bidragene, ryddede op i "
            "overlap og kvalitetssikrede listen.</p><p>Planen var at trykke resultatet "
            "i en folder, men den blev forældet næsten med det samme, fordi "
            "organisationen hele tiden forandrer sig. Løsningen blev i stedet en kort "
            "flyer, der præsenterer biblioteket, suppleret med detaljerede lister og "
            "kontaktpersoner på bibliotekets hjemmeside, hvor de kan holdes "
            "ajour.</p><p>Resultatet er et levende produkt, der følger med "
            "organisationen. Metoden ligger bag værktøjet af samme navn i "
            "værktøjskassen.</p>"
        ),
        "experience": (
            "<p>Den største erfaring er, at vi nu ved mere om os selv. Mange "
            "medarbejdere blev overraskede over, hvor meget biblioteket faktisk kan "
            "tilbyde, når man lægger alle teams sammen.</p><p>Øvelsen har gjort det "
            "lettere at tage imod henvendelser fra mulige partnere, fordi vi ikke skal "
            "opfinde svaret hver gang. Og så har vi lært, at et trykt produkt ikke "
            "passer til en organisation i konstant forandring.</p>"
        ),
        "library_gain": (
            "<p>Det er netop det spørgsmål, listen svarer på. En partner kan finde "
            "konkrete tilbud – for eksempel arrangementer, formidling, "
            "informationssøgning, projektledelse eller it og web – og se, hvem der er "
            "kontaktperson.</p><p>Det gør det lettere at tage det første skridt. For "
            "biblioteket betyder det, at henvendelserne bliver mere præcise, og at vi "
            "hurtigere kan se, om et samarbejde passer til vores mål.</p>"
        ),
        "lessons": [
            "Alle teams kan bidrage til at beskrive bibliotekets aktiver.",
            "Lad teamlederne samle og kvalitetssikre bidragene.",
            "Vælg et format, der kan opdateres – en trykt folder forælder hurtigt.",
            "Et levende produkt kræver, at nogen har ansvaret for det.",
        ],
        "relationship": "other",
        "target_group_note": "Mulige samarbejdspartnere",
        "outcome": (
            "<p>En kort flyer om biblioteket og detaljerede lister over tilbud og "
            "kontaktpersoner på bibliotekets hjemmeside, hvor de holdes ajour.</p>"
        ),
        "stages": ["initiation"],
        "tags": ["kompetencer", "strategi"],
    },
    {
        "slug": "mindspot",
        "title": "Mindspot",
        "library": "Hovedbiblioteket i Aarhus",
        "respondent_role": "Projektleder",
        "year_from": 2007,
        "year_to": 2009,
        "partners": [
            ("Unge i Aarhus", "other"),
            ("Ungdomsorganisationer", "civil_society"),
            ("Kunstnere", "culture"),
        ],
        "outline": (
            "<p>Mindspot er det bibliotekstilbud til unge, som Hovedbiblioteket i "
            "Aarhus har skabt. Det blev udviklet i projektet YOUng, der løb fra 2007 "
            "til 2009, og grundtanken var, at tilbuddet ikke skulle designes til de "
            "unge, men sammen med dem.</p><p>Unge, ungdomsorganisationer og kunstnere "
            "blev derfor inddraget som partnere i udviklingen og var med til at forme "
            "både aktiviteter, rum og formidling.</p><p>Arbejdet med partnerne er "
            "beskrevet i artiklen <em>Mindspot partners up</em> i Scandinavian Public "
            "Library Quarterly nr. 3, 2010. Værktøjskassen henviser til artiklen i "
            "forbindelse med evaluering af partnerskaber.</p>"
        ),
        "experience": (
            "<p>Vi har lært, at de unge selv er de bedste eksperter i, hvad et "
            "bibliotekstilbud til unge skal kunne. Når de er med fra starten, bliver "
            "aktiviteterne mere relevante, og de unge føler "
            "ejerskab.</p><p>Ungdomsorganisationerne og kunstnerne bragte kompetencer "
            "og netværk, som biblioteket ikke har. Og vi har set, hvordan én kontakt "
            "ofte fører til den næste, når man først er i gang.</p>"
        ),
        "challenges": (
            "<p>Unge skifter interesser og livssituation hurtigt, og de har ikke samme "
            "rytme som en offentlig institution. Det kræver, at vi kan handle hurtigt "
            "og give plads til, at ideer bliver afprøvet, før de er "
            "færdigtænkte.</p><p>Unge, der deltager frivilligt, er ikke ansatte, og "
            "deres engagement kan ikke planlægges som en vagtplan. Udfordringen er at "
            "fastholde dem efter den første begejstring og skabe kontinuitet, når "
            "deltagerne skifter.</p>"
        ),
        "barriers": (
            "<p>Bibliotekets arbejdsgange er bygget til stabil drift: faste "
            "åbningstider, planlægning lang tid frem og procedurer for næsten alt. Det "
            "passer dårligt til unge og kunstnere, der arbejder i projekter og ofte om "
            "aftenen.</p><p>Vi måtte give medarbejderne et større råderum og "
            "acceptere, at ikke alt kan styres. Det kræver også, at resten af huset "
            "forstår, hvorfor Mindspot af og til gør tingene anderledes.</p>"
        ),
        "purpose": (
            "<p>Formålet var at skabe et bibliotekstilbud, som unge faktisk har lyst "
            "til at bruge, og som giver dem mulighed for selv at skabe noget. Det "
            "kunne vi ikke alene.</p><p>Vi havde brug for de unges egne ideer, for "
            "ungdomsorganisationernes viden om målgruppen og for kunstnernes evne til "
            "at finde nye udtryk. Partnerskaberne var derfor selve metoden i projektet "
            "og ikke et tilvalg.</p>"
        ),
        "library_gain": (
            "<p>Biblioteket har rum, materialer, teknik og medarbejdere, der kan "
            "hjælpe med at finde viden og formidle den. For en ungdomsorganisation er "
            "biblioteket et neutralt sted i byen, hvor unge kommer af sig selv. For "
            "kunstnere kan biblioteket være både scene og publikum.</p><p>Og for de "
            "unge er det en chance for at blive taget alvorligt og få indflydelse på "
            "en offentlig institution.</p>"
        ),
        "lessons": [
            "Udvikl tilbud sammen med målgruppen og ikke kun til den.",
            "Partnere kan bringe kompetencer og netværk, biblioteket ikke har.",
            "Giv plads til hurtige forsøg og ideer, der ikke er færdigtænkte.",
            "Evaluér løbende, og skriv erfaringerne ned, så andre kan bruge dem.",
        ],
        "relationship": "partnership",
        "target_groups": ["young_people"],
        "stages": ["communication", "evaluation"],
        "tags": ["unge", "inddragelse", "innovation"],
    },
    {
        "slug": "biblioteket-og-ramasjang",
        "title": "Biblioteket og Ramasjang",
        "library": "Et dansk folkebibliotek",
        "respondent_role": "Specialestuderende, Roskilde Universitet",
        "partners": [
            ("DR Ramasjang", "media"),
        ],
        "outline": (
            "<p>I 2011 skrev tre studerende ved Roskilde Universitet et speciale om "
            "offentlig innovation gennem et partnerskab mellem et bibliotek og DR's "
            "børnekanal Ramasjang. Specialet handler om et bibliotek, der turde kaste "
            "sig ud i et samarbejde med Ramasjang, og undersøger, hvad der sker, når "
            "et folkebibliotek og en landsdækkende tv-kanal for børn går "
            "sammen.</p><p>Specialet er et af delprodukterne fra projektet bag Byg "
            "partnerskaber. Svarene på de fem spørgsmål er derfor ikke bibliotekets "
            "egne, men de studerendes refleksioner over, hvad et partnerskab mellem "
            "bibliotek og medier kan lære andre biblioteker – set udefra med "
            "forskerens blik.</p>"
        ),
        "challenges": (
            "<p>Et bibliotek og en tv-kanal arbejder i meget forskellige tempi. Tv "
            "lever af deadlines og sendeplaner, mens biblioteket planlægger langsigtet "
            "og måler sig på den lokale brug. Det kan være svært at finde en fælles "
            "rytme.</p><p>En anden udfordring er størrelsesforholdet. Når den ene part "
            "er et landsdækkende medie, må biblioteket arbejde bevidst for, at "
            "partnerskabet også tjener bibliotekets egne mål.</p>"
        ),
        "barriers": (
            "<p>Offentlige organisationer har ofte en kultur, hvor man helst vil være "
            "sikker, før man går i gang. Det står i modsætning til den "
            "eksperimenterende tilgang, som innovation kræver.</p><p>Et samarbejde med "
            "et stærkt mediebrand kan også skabe diskussion internt: Passer det til "
            "bibliotekets rolle? Den slags spørgsmål skal tages alvorligt og drøftes "
            "åbent, så medarbejderne kan se meningen med partnerskabet.</p>"
        ),
        "library_gain": (
            "<p>Biblioteket er et fysisk sted, hvor børn og forældre kommer i "
            "hverdagen – noget, en tv-kanal ikke har. Det er også et troværdigt, "
            "ikke-kommercielt rum med erfaring i at formidle litteratur og viden til "
            "børn.</p><p>For et medie kan det give direkte kontakt med publikum og en "
            "sammenhæng, hvor programmerne bliver til leg, læsning og samtale. "
            "Biblioteket får til gengæld figurer og fortællinger, som børnene allerede "
            "kender og holder af.</p>"
        ),
        "lessons": [
            "Partnerskaber kan være en vej til innovation i den offentlige sektor.",
            "Innovation kræver mod til at prøve noget nyt og tage en risiko.",
            "Tv og bibliotek har forskellige tempi og må finde en fælles rytme.",
            "Sørg for, at partnerskabet også tjener bibliotekets egne mål.",
        ],
        "relationship": "partnership",
        "target_groups": ["children", "families"],
        "editor_note": (
            "2011 er året for specialet, ikke for partnerskabet, så casen har intet "
            "årstal. Svarene er de studerendes, og kun tre af spørgsmålene passer "
            "på et speciale."
        ),
        "stages": ["evaluation"],
        "tags": ["familier", "medier", "innovation"],
    },
]

FILM_PAGE = {
    "title": "Filmen: Better Together",
    "intro": (
        "Better Together er filmen fra Byg partnerskaber. Som titlen siger, handler "
        "den om det, biblioteker og deres partnere kan skabe sammen. Filmen er et godt "
        "afsæt for en samtale i personalegruppen om, hvordan jeres eget bibliotek "
        "arbejder med partnerskaber."
    ),
    "body": (
        "<p>Filmen er et af de fire produkter fra projektet <em>Ud af boksen!</em> – "
        "sammen med guiden, værktøjskassen og hjemmesiden. Hvor guiden og værktøjerne "
        "går i dybden med metoder og skabeloner, sætter filmen billeder på "
        "grundtanken: at to eller flere parter sammen kan skabe noget, som ingen af "
        "dem kunne have skabt alene, og at alle parter både bidrager og får noget "
        "igen.</p><h2>Sådan bruger I filmen på et personalemøde</h2><p>Se filmen "
        "sammen, og sæt tid af til en samtale bagefter. Lad gerne alle skrive et par "
        "stikord ned hver for sig, før I taler sammen – så kommer flere stemmer i "
        "spil. Vælg to eller tre af spørgsmålene herunder:</p><ul><li>Hvilke "
        "partnerskaber har vores bibliotek i dag, og hvilke af dem er strategiske – og "
        "hvilke er opstået tilfældigt?</li><li>Hvad kan vi, som andre kunne have glæde "
        "af? Kan vi forklare det kort og klart?</li><li>Hvem i lokalsamfundet kunne "
        "hjælpe os med at nå vores mål, og hvad ville de selv få ud af "
        "det?</li><li>Kender alle i huset formålet med de partnerskaber, vi allerede "
        "har?</li><li>Hvornår skal vi sige nej til et samarbejde – eller afslutte et, "
        "der ikke længere giver mening?</li></ul><p>Slut af med at aftale ét konkret "
        "næste skridt. Det kan for eksempel være at kortlægge jeres styrker med "
        "værktøjet <em>Vi kan – vil du</em> eller at gennemgå tjeklisten i "
        "værktøjskassen sammen.</p>"
    ),
    "video_url": "",
}

ABOUT_PAGE = {
    "title": "Om Byg partnerskaber",
    "slug": "om",
    "intro": (
        "Byg partnerskaber er en guide og en værktøjskasse, der hjælper "
        "folkebiblioteker med at bruge partnerskaber strategisk. Den er resultatet af "
        "projektet Ud af boksen! og udkommer her i en ny digital udgave."
    ),
    "body": (
        "<p>Mange biblioteker samarbejder allerede med andre, men ofte ad hoc og for "
        "at løse et konkret behov her og nu. Byg partnerskaber vil vise, at "
        "partnerskaber kan være en bevidst og strategisk metode til at nå bibliotekets "
        "overordnede mål og til at forny bibliotekets rolle i byen.</p><h2>Projektet "
        "Ud af boksen!</h2><p>Byg partnerskaber udsprang af projektet <em>Ud af "
        "boksen! – Biblioteker i samarbejdsdreven innovation</em>, der løb fra 1. "
        "marts 2010 til 1. juli 2012. Projektet blev støttet af Kulturstyrelsen, der "
        "tidligere hed Styrelsen for Bibliotek og Medier.</p><p>Bag projektet stod "
        "Roskilde Universitet med forskningsprojektet CLIPS, Roskilde Bibliotekerne og "
        "Hovedbiblioteket i Aarhus (Borgerservice og Biblioteker). Projektet blev "
        "gennemført i tæt samarbejde med Danmarks Biblioteksskole (Center for "
        "kulturpolitiske studier) og Dacapo "
        "Teatret.</p><h2>Vidensgrundlaget</h2><p>Guiden og værktøjerne bygger på et "
        "bredt materiale:</p><ul><li>en ekspertundersøgelse i foråret 2011 blandt "
        "biblioteksledere og strateger og blandt partnerskabsstrateger fra andre "
        "sektorer</li><li>»fem hurtige spørgsmål«, der blev sendt ud i Danmark i "
        "efteråret 2010 og foråret 2011, stillet til bibliotekslederne på et ledermøde "
        "i november 2010 og sendt ud internationalt i april og maj "
        "2011</li><li>forskningsinterview foretaget af en forsker fra Roskilde "
        "Universitet</li><li>en teaterworkshop på konferencen Next Library i Aarhus i "
        "juni 2011</li><li>konferencer i Vanløse i marts 2011, i Herning den 7. april "
        "2011 og i Roskilde i november 2011 under titlen »Nye partnerskaber – hvor går "
        "grænsen«</li><li>studieture til Utah og Californien i oktober og november "
        "2011 og til Birmingham i foråret 2012</li></ul><h2>Fire "
        "produkter</h2><ul><li><strong>Guiden</strong> – otte kapitler, der hver tager "
        "udgangspunkt i et centralt spørgsmål om partnerskaber, og en tjekliste til "
        "sidst</li><li><strong>Værktøjskassen</strong> – modeller, der forklarer hele "
        "partnerskabsforløbet, og konkrete værktøjer til de enkelte "
        "trin</li><li><strong>Hjemmesiden</strong> – viden, cases og inspiration fra "
        "biblioteker og partnere</li><li><strong>Filmen</strong> <em>Better "
        "Together</em></li></ul><p>Guiden findes også på engelsk under titlen "
        "<em>Build Partnerships! Tools for Strategical Library "
        "Development</em>.</p><h2>En ny digital udgave</h2><p>Dette site er en ny "
        "digital udgave af Byg partnerskaber. Guiden, værktøjskassen og "
        "inspirationscasene er samlet ét sted, og de er suppleret med et "
        "partnerskabssystem til bibliotekerne. Her kan bibliotekets medarbejdere følge "
        "deres egne partnerskaber gennem faserne initiering, aftale, kommunikation, "
        "evaluering og afslutning eller fornyelse – med guiden og værktøjerne ved "
        "hånden undervejs.</p>"
    ),
}

HOME = {
    "intro": (
        "Byg partnerskaber hjælper folkebiblioteker med at gøre partnerskaber til en "
        "bevidst del af strategien i stedet for noget, der opstår tilfældigt. Her "
        "finder du guiden, værktøjskassen og eksempler fra andre biblioteker. "
        "Bibliotekets medarbejdere kan desuden følge deres egne partnerskaber fra den "
        "første idé til evalueringen."
    ),
    "intro_en": (
        "Build Partnerships helps public libraries make partnerships a deliberate part "
        "of their strategy rather than something that happens by chance. Here you will "
        "find the guide, the toolbox and examples from other libraries. Library staff "
        "can also follow their own partnerships from the first idea to the evaluation."
    ),
}
