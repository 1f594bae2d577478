"""Demo content for the toolbox's downloadable templates, in Danish.

Each document has a title, a file name, an intro on how to use it and sections
with guidance and short fill-in fields.
"""

DOCUMENTS = {
    "samarbejdsaftale": {
        "title": "Skabelon: Samarbejdsaftale om partnerskab",
        "filename": "samarbejdsaftale-skabelon.docx",
        "intro": (
            "Skabelonen er et udgangspunkt for en skriftlig aftale mellem biblioteket "
            "og en eller flere partnere. Ikke alle afsnit passer til alle "
            "partnerskaber, så slet dem, der ikke er relevante, og uddyb dem, der er "
            "vigtige for jer. Vejledningen under hver overskrift forklarer, hvad "
            "afsnittet skal indeholde, og kan slettes i den færdige aftale. Skriv et "
            "første udkast, gennemgå det sammen med partnerne, og få aftalen godkendt "
            "og underskrevet af de rette beslutningstagere, før aktiviteterne går i "
            "gang."
        ),
        "sections": [
            {
                "heading": "1. Parter og kontaktpersoner",
                "guidance": (
                    "Skriv navn og adresse på alle parter i partnerskabet. Angiv for "
                    "hver part en kontaktperson, som har ansvaret for det daglige "
                    "samarbejde, og en stedfortræder. Skriv også, hvem der kan træffe "
                    "beslutninger på vegne af hver part."
                ),
                "fields": [
                    "Bibliotek:",
                    "Kontaktperson:",
                    "Stedfortræder:",
                    "Partner:",
                    "Partnerens kontaktperson:",
                    "Partnerens stedfortræder:",
                    "Øvrige partnere og kontaktpersoner:",
                    "Beslutningskompetence hos hver part:",
                ],
            },
            {
                "heading": "2. Baggrund og fælles formål",
                "guidance": (
                    "Beskriv kort, hvordan partnerskabet er opstået, og hvilket behov "
                    "eller hvilken mulighed det svarer på. Formulér derefter det "
                    "fælles formål: Hvad vil I skabe sammen, som ingen af jer kunne "
                    "skabe alene? Skriv gerne en kort vision for, hvor partnerskabet "
                    "skal være om nogle år."
                ),
                "fields": [
                    "Baggrund:",
                    "Fælles formål:",
                    "Vision:",
                    "Sammenhæng med bibliotekets strategi:",
                ],
            },
            {
                "heading": "3. Parternes mål og forventede udbytte",
                "guidance": (
                    "Skriv for hver part, hvilke mål den har med partnerskabet, og "
                    "hvad den forventer at få ud af det. Gevinsterne behøver ikke at "
                    "være lige store, men alle parter skal kende hinandens "
                    "forventninger. Gør målene så konkrete, at I kan se, om de er "
                    "nået, når I evaluerer."
                ),
                "fields": [
                    "Bibliotekets mål:",
                    "Bibliotekets forventede udbytte:",
                    "Partnerens mål:",
                    "Partnerens forventede udbytte:",
                    "Sådan ser vi, at målene er nået:",
                ],
            },
            {
                "heading": "4. Aktiviteter og arbejdsdeling",
                "guidance": (
                    "Beskriv de aktiviteter, som partnerskabet skal gennemføre, og "
                    "hvem der har ansvaret for hver af dem. Skriv også, hvem der har "
                    "det overordnede ansvar for at koordinere samarbejdet. Ved større "
                    "partnerskaber kan en detaljeret aktivitetsplan vedlægges som "
                    "bilag."
                ),
                "fields": [
                    "Aktiviteter:",
                    "Ansvarlig for hver aktivitet:",
                    "Overordnet koordinator:",
                    "Aktivitetsplan vedlagt som bilag (ja/nej):",
                ],
            },
            {
                "heading": "5. Parternes bidrag",
                "guidance": (
                    "Angiv, hvad hver part bidrager med. Tag både penge og bidrag i "
                    "naturalier med, fx medarbejdertimer, lokaler, materialer, udstyr "
                    "og adgang til netværk. Jo mere konkret, desto lettere er det at "
                    "se, om arbejdet er rimeligt fordelt, og om bidragene bliver "
                    "leveret."
                ),
                "fields": [
                    "Medarbejdertimer:",
                    "Lokaler og udstyr:",
                    "Materialer:",
                    "Netværk og kontakter:",
                    "Økonomisk bidrag:",
                    "Andre bidrag:",
                ],
            },
            {
                "heading": "6. Principper for samarbejdet og beslutninger",
                "guidance": (
                    "Beskriv de principper, I vil arbejde efter, fx åbenhed, ligeværd "
                    "og respekt for hinandens arbejdsformer. Aftal, hvordan "
                    "beslutninger træffes, hvem der sidder i en eventuel styregruppe, "
                    "og hvor ofte I holder møder. Skriv også, hvilke beslutninger der "
                    "skal forelægges ledelsen hos hver part."
                ),
                "fields": [
                    "Principper for samarbejdet:",
                    "Styregruppe eller arbejdsgruppe:",
                    "Sådan træffes beslutninger:",
                    "Mødefrekvens:",
                    "Beslutninger, der kræver ledelsens godkendelse:",
                ],
            },
            {
                "heading": "7. Kommunikation",
                "guidance": (
                    "Aftal, hvordan I holder hinanden informeret, og hvordan hver part "
                    "informerer sine egne medarbejdere. Beskriv også, hvordan "
                    "partnerskabet kommunikerer udadtil: hvem der er afsender, hvem "
                    "der udtaler sig til pressen, og hvordan navne og logoer bruges. "
                    "Henvis gerne til en særskilt kommunikationsplan."
                ),
                "fields": [
                    "Intern kommunikation mellem parterne:",
                    "Information til egne medarbejdere:",
                    "Ekstern kommunikation og afsender:",
                    "Talsperson over for pressen:",
                    "Brug af navne og logoer:",
                    "Kommunikationsplan vedlagt (ja/nej):",
                ],
            },
            {
                "heading": "8. Økonomi og budget",
                "guidance": (
                    "Beskriv partnerskabets samlede budget, og hvem der betaler hvad. "
                    "Angiv, hvem der administrerer eventuelle fælles midler, og "
                    "hvordan der aflægges regnskab. Skriv også, hvad der sker, hvis "
                    "budgettet ikke holder, eller hvis I søger ekstern finansiering."
                ),
                "fields": [
                    "Samlet budget:",
                    "Fordeling af udgifter:",
                    "Administration af fælles midler:",
                    "Regnskab og afrapportering:",
                    "Ekstern finansiering (fx fonde og tilskud):",
                    "Håndtering af overskridelser:",
                ],
            },
            {
                "heading": "9. Rettigheder og forholdet til tredjepart",
                "guidance": (
                    "Aftal, hvem der ejer det, partnerskabet skaber, fx tekster, "
                    "billeder, film, udstillinger og digitalt indhold, og hvordan "
                    "parterne må bruge det, også når partnerskabet er slut. Beskriv, "
                    "hvordan I håndterer ophavsret, kreditering og personoplysninger "
                    "efter databeskyttelsesreglerne. Aftal desuden, hvordan I "
                    "forholder jer til tredjepart som sponsorer og medier."
                ),
                "fields": [
                    "Ejerskab til indhold og produkter:",
                    "Ophavsret og kreditering:",
                    "Data og personoplysninger:",
                    "Sponsorer:",
                    "Samarbejde med medier:",
                    "Øvrige tredjeparter:",
                ],
            },
            {
                "heading": "10. Varighed, milepæle og evaluering",
                "guidance": (
                    "Angiv, hvornår aftalen træder i kraft, og hvornår den udløber. "
                    "Skriv de vigtigste milepæle ind, og aftal faste tidspunkter, hvor "
                    "I sammen evaluerer samarbejdet, fremdriften og resultaterne. "
                    "Beslut, hvem der har ansvaret for at indkalde til evalueringen."
                ),
                "fields": [
                    "Startdato:",
                    "Slutdato:",
                    "Milepæle:",
                    "Evalueringspunkter:",
                    "Ansvarlig for evalueringen:",
                ],
            },
            {
                "heading": "11. Uenigheder",
                "guidance": (
                    "Beskriv, hvordan I håndterer uenigheder. Et godt udgangspunkt er, "
                    "at en uenighed først tages op mellem kontaktpersonerne og "
                    "derefter, hvis det er nødvendigt, mellem ledelserne hos parterne. "
                    "Aftal, om I i sidste ende vil bede en neutral tredjepart om at "
                    "mægle."
                ),
                "fields": ["Første skridt:", "Næste skridt:", "Eventuel mægling:"],
            },
            {
                "heading": "12. Ændringer og ophør",
                "guidance": (
                    "Aftal, hvordan aftalen kan ændres, fx at ændringer skal være "
                    "skriftlige og godkendt af alle parter. Beskriv, hvordan en part "
                    "kan træde ud, med hvilket varsel, og hvad der sker med fælles "
                    "midler, materialer og rettigheder, hvis partnerskabet ophører. "
                    "Skriv også, om og hvordan nye partnere kan komme med."
                ),
                "fields": [
                    "Ændringer af aftalen:",
                    "Opsigelsesvarsel:",
                    "Fordeling af midler, materialer og rettigheder ved ophør:",
                    "Optagelse af nye partnere:",
                ],
            },
            {
                "heading": "13. Underskrifter",
                "guidance": (
                    "Aftalen underskrives af en person, der kan forpligte hver part, "
                    "typisk en leder. Hver part beholder et underskrevet eksemplar, og "
                    "alle, der arbejder i partnerskabet, får en kopi."
                ),
                "fields": [
                    "Sted og dato (bibliotek):",
                    "For biblioteket (navn, titel og underskrift):",
                    "Sted og dato (partner):",
                    "For partneren (navn, titel og underskrift):",
                ],
            },
        ],
    },
    "evalueringsspoergsmaal": {
        "title": "Evalueringsspørgsmål til partnerskabet",
        "filename": "evalueringsspoergsmaal.docx",
        "intro": (
            "Spørgsmålene bruges til den løbende evaluering af et partnerskab, og "
            "metoden har to trin. Først svarer hver partner, eller hver deltager, "
            "skriftligt og hver for sig på spørgsmålene og sender svarene til "
            "mødelederen. Derefter mødes I og drøfter svarene sammen. Læg især mærke "
            "til de steder, hvor svarene er forskellige, for det er dér, I kan lære "
            "mest. Vælg de spørgsmål, der passer til jeres partnerskab, og tilføj "
            "gerne jeres egne."
        ),
        "sections": [
            {
                "heading": "1. Samarbejdet",
                "guidance": (
                    "Spørgsmålene handler om, hvordan I arbejder sammen: roller, "
                    "forventninger og kommunikation."
                ),
                "fields": [
                    "Hvordan fungerer samarbejdet mellem parterne lige nu?",
                    "Er rollerne og ansvarsfordelingen tydelige for alle?",
                    (
                        "Lever partnerskabet op til de forventninger, du havde, da det "
                        "startede?"
                    ),
                    (
                        "Får du den information, du har brug for, og på det rette "
                        "tidspunkt?"
                    ),
                    "Oplever du, at alle parter bidrager som aftalt?",
                    "Hvordan håndterer vi uenigheder og forskelle i arbejdskultur?",
                ],
            },
            {
                "heading": "2. Fremdrift",
                "guidance": (
                    "Spørgsmålene handler om, hvorvidt partnerskabet følger planen, og "
                    "hvad der eventuelt står i vejen."
                ),
                "fields": [
                    "Følger vi den plan og de milepæle, vi har aftalt?",
                    "Hvilke aktiviteter er gennemført, og hvilke mangler?",
                    "Hvad har bremset fremdriften, og hvad har hjulpet den?",
                    (
                        "Har vi de ressourcer, der skal til, i form af tid, "
                        "kompetencer og penge?"
                    ),
                    (
                        "Er der sket ændringer hos en af parterne, som påvirker "
                        "partnerskabet?"
                    ),
                ],
            },
            {
                "heading": "3. Resultater",
                "guidance": (
                    "Spørgsmålene handler om, hvad partnerskabet har skabt, og hvad "
                    "hver part har fået ud af det."
                ),
                "fields": [
                    "Hvilke af partnerskabets mål er nået, og hvilke er ikke?",
                    "Hvad har din organisation fået ud af partnerskabet?",
                    "Hvad har brugerne eller målgruppen fået ud af det?",
                    "Har vi skabt noget, som ingen af os kunne have skabt alene?",
                    "Hvad har overrasket dig, positivt eller negativt?",
                    "Hvad har din organisation lært af samarbejdet?",
                ],
            },
            {
                "heading": "4. Næste skridt",
                "guidance": (
                    "Spørgsmålene hjælper jer med at beslutte, hvad der skal ske med "
                    "partnerskabet fremover."
                ),
                "fields": [
                    "Skal partnerskabet fortsætte, og i givet fald i samme form?",
                    (
                        "Hvad skal vi justere i aftalen, planen eller måden, vi "
                        "arbejder på?"
                    ),
                    "Skal nye partnere med, eller skal nogen træde ud?",
                    (
                        "Hvis partnerskabet skal afsluttes, hvordan gør vi det så på "
                        "en god måde?"
                    ),
                    "Hvordan deler vi vores erfaringer med andre?",
                    "Hvad er det vigtigste, vi gør anderledes fra nu af?",
                ],
            },
        ],
    },
    "kommunikationsplan": {
        "title": "Skabelon: Kommunikationsplan for partnerskabet",
        "filename": "kommunikationsplan-skabelon.docx",
        "intro": (
            "Kommunikationsplanen sikrer, at alle, der har brug for at vide noget om "
            "partnerskabet, får det at vide på det rette tidspunkt og uden at drukne i "
            "information. Udfyld planen sammen med jeres partnere, når aftalen er på "
            "plads, og gennemgå den på jeres faste møder. Handlingsplanen sidst i "
            "skabelonen er et levende dokument, som I opdaterer, efterhånden som "
            "aktiviteterne bliver gennemført."
        ),
        "sections": [
            {
                "heading": "1. Formål og budskaber",
                "guidance": (
                    "Beskriv, hvad kommunikationen skal opnå, fx at skabe opbakning "
                    "internt, tiltrække deltagere eller gøre partnerskabet kendt. "
                    "Formulér derefter to til tre centrale budskaber, som alle parter "
                    "kan stå inde for og bruge."
                ),
                "fields": [
                    "Formål med kommunikationen:",
                    "Budskab 1:",
                    "Budskab 2:",
                    "Budskab 3:",
                ],
            },
            {
                "heading": "2. Målgrupper",
                "guidance": (
                    "Beskriv de målgrupper, I skal kommunikere med, og hvad hver af "
                    "dem har brug for at vide. Husk både de interne målgrupper hos "
                    "alle parter og de eksterne."
                ),
                "fields": [
                    "Bibliotekets medarbejdere:",
                    "Partnernes medarbejdere:",
                    "Borgerne og brugerne:",
                    "Pressen:",
                    "Andre interessenter (fx politikere, forvaltning og sponsorer):",
                ],
            },
            {
                "heading": "3. Intern kommunikation",
                "guidance": (
                    "Aftal, hvordan parterne holder hinanden informeret, og hvordan "
                    "hver part informerer sine egne medarbejdere. Kollegerne skal "
                    "kende partnerskabets mål og formål, så de kan fortælle om det og "
                    "bakke op. Aftal også, hvor fælles dokumenter og referater ligger."
                ),
                "fields": [
                    "Møder mellem parterne (hvor ofte og hvem deltager):",
                    "Referater og fælles dokumenter:",
                    "Information til bibliotekets medarbejdere:",
                    "Information til partnernes medarbejdere:",
                    "Ansvarlig for den interne kommunikation:",
                ],
            },
            {
                "heading": "4. Ekstern kommunikation",
                "guidance": (
                    "Beskriv, hvordan partnerskabet kommunikerer med borgerne og "
                    "pressen. Aftal, hvem der er afsender, hvem der udtaler sig, og "
                    "hvordan navne og logoer bruges. Afklar også, hvem der godkender "
                    "tekster og pressemeddelelser, før de sendes ud."
                ),
                "fields": [
                    "Afsender og brug af logoer:",
                    "Talsperson over for pressen:",
                    "Godkendelse af tekster og pressemeddelelser:",
                    (
                        "Kanaler (fx hjemmeside, sociale medier, nyhedsbreve, plakater "
                        "og lokalavis):"
                    ),
                ],
            },
            {
                "heading": "5. Handlingsplan",
                "guidance": (
                    "Skriv hver kommunikationsaktivitet på sin egen række i en tabel "
                    "med kolonnerne nedenfor. Angiv, hvem aktiviteten er rettet mod, "
                    "hvad budskabet er, og hvilken kanal der bruges. Hold kolonnen "
                    "Status opdateret, så alle kan se, hvad der er gjort."
                ),
                "fields": [
                    "Aktivitet",
                    "Målgruppe",
                    "Budskab",
                    "Kanal",
                    "Afsender",
                    "Dato",
                    "Ansvarlig",
                    "Status",
                ],
            },
            {
                "heading": "6. Opfølgning",
                "guidance": (
                    "Aftal, hvornår og hvordan I følger op på kommunikationen. Se på, "
                    "om budskaberne er nået frem, og om nogen har manglet information. "
                    "Justér planen, og tag erfaringerne med ind i evalueringen af "
                    "partnerskabet."
                ),
                "fields": [
                    "Hvornår gennemgår vi planen:",
                    "Sådan ser vi, om budskaberne er nået frem:",
                    "Målgrupper, der har manglet information:",
                    "Justeringer af planen:",
                ],
            },
        ],
    },
}
