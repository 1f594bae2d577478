"""Default stage guidance: what project managers see for each stage.

Links are (kind, slug, note): kind "guide" is a guide chapter, "tool" a
toolbox page (a case may share a tool's slug, as "vi-kan-vil-du" does). The
note names the chapter's section to read: a link cannot point into a page.
"""

STAGE_GUIDANCE = {
    "initiation": {
        "introduction": (
            "Begynd med bibliotekets egne mål. Find partnere, der kan hjælpe jer "
            "med at nå dem, og tal åbent om, hvad hver part vil have ud af "
            "samarbejdet, før I binder jer."
        ),
        "links": [
            (
                "guide",
                "hvorfor-er-partnerskaber-et-strategisk-vaerktoej",
                "Afsnittet »Hvordan kan biblioteket udarbejde en "
                "partnerskabsstrategi?«: knyt partnerskabet til bibliotekets mål.",
            ),
            (
                "guide",
                "hvem-kan-biblioteket-samarbejde-med-og-hvad-kan-biblioteket-"
                "samarbejde-om",
                "Afsnittet »Hvordan finder biblioteket sine partnere?«.",
            ),
            (
                "guide",
                "hvad-faar-partneren-ud-af-at-samarbejde-med-biblioteket",
                "Afsnittet »Hvad er bibliotekets aktiver og styrker?«: det, I "
                "tilbyder partneren.",
            ),
            (
                "guide",
                "hvad-er-partnerskaber",
                "Afsnittet »Hvad er formålet med partnerskaber?«: hvad hver part "
                "skal have ud af det.",
            ),
            (
                "tool",
                "vi-kan-vil-du",
                "Kortlæg, hvad biblioteket kan tilbyde, før I opsøger partneren.",
            ),
            (
                "tool",
                "partnerskabsdefinitioner",
                "Bliv enige om, hvad I forstår ved et partnerskab.",
            ),
            (
                "tool",
                "udfordringer-i-partnerskabsarbejdet",
                "Et første blik på de typiske risici.",
            ),
        ],
        "checklist": [
            "Partnerskabet er knyttet til mindst ét af bibliotekets strategiske mål",
            "Vi kender partnerens interesser og ved, hvad de vil opnå",
            "Vi har vurderet de største risici",
            "Der er afsat tid til opfølgning",
        ],
    },
    "agreement": {
        "introduction": (
            "Skriv samarbejdet ned, mens motivationen er høj. Brug "
            "standardaftalen som udgangspunkt, og fjern de afsnit, der ikke "
            "passer til netop jeres partnerskab."
        ),
        "links": [
            (
                "guide",
                "hvordan-understoetter-biblioteket-sit-partnerskab",
                "Afsnittet »Hvordan skaber biblioteket klare aftaler?«.",
            ),
            (
                "guide",
                "hvad-er-partnerskaber",
                "Afsnittet »Hvorfor taler Byg partnerskaber om partnerskaber i "
                "stedet for samarbejde?«: fælles vision og gevinst for alle parter.",
            ),
            (
                "tool",
                "standardsamarbejdsaftale",
                "Skabelonen, som aftalen bygger på; fjern det, der ikke passer.",
            ),
            (
                "tool",
                "eksempel-paa-samarbejdsaftale",
                "Sådan så en færdig aftale ud i et andet partnerskab.",
            ),
            (
                "tool",
                "partnerskabsdefinitioner",
                "Skriv jeres fælles definition ind i aftalens formål.",
            ),
        ],
        "checklist": [
            "Formål og fælles vision er formuleret sammen med partneren",
            "Hver parts bidrag og udbytte står i aftalen",
            "Beslutningsgange og kontaktpersoner er aftalt",
            "Aftalen er underskrevet af alle parter",
        ],
    },
    "communication": {
        "introduction": (
            "Næsten alle problemer i partnerskaber kan føres tilbage til for "
            "lidt eller for meget information. Læg en plan for både den interne "
            "og den eksterne kommunikation, og hold møderne konstruktive."
        ),
        "links": [
            (
                "guide",
                "hvordan-understoetter-biblioteket-sit-partnerskab",
                "Afsnittene »Hvorfor er kommunikation så vigtig?« og »Hvad med "
                "den interne kommunikation?«.",
            ),
            (
                "guide",
                "hvordan-arbejder-biblioteket-med-sit-netvaerk",
                "Afsnittet »Hvordan holder biblioteket liv i sine relationer?«.",
            ),
            (
                "tool",
                "kommunikationsplan",
                "Planen for intern og ekstern kommunikation.",
            ),
            (
                "tool",
                "gode-spoergsmaal-til-partnerskabsmoedet",
                "Spørgsmål, der holder møderne konstruktive.",
            ),
            (
                "tool",
                "udfordringer-i-partnerskabsarbejdet",
                "Hold øje med risiciene, mens arbejdet står på.",
            ),
        ],
        "checklist": [
            "Kollegerne kender partnerskabets formål",
            "Kommunikationsplanen har aktiviteter for alle målgrupper",
            "Møderne har en dagsorden, som alle har set på forhånd",
        ],
    },
    "evaluation": {
        "introduction": (
            "Lad hver partner svare skriftligt og hver for sig, før I mødes og "
            "drøfter svarene. Se på samarbejdet, fremdriften og resultaterne – "
            "og på, hvad næste skridt skal være."
        ),
        "links": [
            (
                "guide",
                "hvordan-understoetter-biblioteket-sit-partnerskab",
                "Afsnittet »Hvorfor skal partnerskabet evalueres løbende?«.",
            ),
            (
                "tool",
                "evaluering-af-partnerskaber",
                "Spørgsmålene, hver partner svarer på hver for sig.",
            ),
            (
                "tool",
                "fem-hurtige-spoergsmaal",
                "Skriv erfaringerne ned, så andre kan lære af dem.",
            ),
        ],
        "checklist": [
            "Alle partnere har svaret på evalueringsspørgsmålene",
            "Den fælles drøftelse og beslutningerne er skrevet ned",
            "Vi har besluttet, om partnerskabet skal fortsætte, ændres eller slutte",
        ],
    },
    "concluded": {
        "introduction": (
            "Afslut ordentligt, også når et partnerskab slutter før tid. Hold "
            "kontakten – et nyt samarbejde kan opstå senere – og del "
            "erfaringerne, fx som en case."
        ),
        "links": [
            (
                "guide",
                "hvad-betyder-bibliotekets-organisering-for-udbyttet-af-"
                "partnerskabsarbejdet",
                "Afsnittet »Hvordan forankrer biblioteket partnerskabsarbejdet?«.",
            ),
            (
                "guide",
                "hvordan-understoetter-biblioteket-sit-partnerskab",
                "Afsnittet »Hvorfor skal partnerskabet evalueres løbende?«: "
                "grundlaget for at fortsætte, ændre eller slutte.",
            ),
            (
                "tool",
                "12-faser-model",
                "Faserne »Justering«, »Forankring« og »Videreførelse eller "
                "afslutning«.",
            ),
            (
                "tool",
                "tjekliste-til-partnerskabsarbejdet",
                "Gennemgå hele forløbet, før I lukker det.",
            ),
            (
                "tool",
                "fem-hurtige-spoergsmaal",
                "Del erfaringerne som en case.",
            ),
        ],
        "checklist": [
            "Resultatet og en afsluttende refleksion er skrevet ned",
            "Partnerne har fået tak og en tilbagemelding",
            "Erfaringerne er delt med kollegerne",
        ],
    },
}
