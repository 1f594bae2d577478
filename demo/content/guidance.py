"""Default stage guidance: what project managers see for each stage."""

STAGE_GUIDANCE = {
    "initiation": {
        "introduction": (
            "Begynd med bibliotekets egne mål. Find partnere, der kan hjælpe jer "
            "med at nå dem, og tal åbent om, hvad hver part vil have ud af "
            "samarbejdet, før I binder jer."
        ),
        "links": [
            "hvorfor-er-partnerskaber-et-strategisk-vaerktoej",
            "partnerskabsdefinitioner",
            "vi-kan-vil-du",
            "udfordringer-i-partnerskabsarbejdet",
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
        "links": ["standardsamarbejdsaftale", "eksempel-paa-samarbejdsaftale"],
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
        "links": ["kommunikationsplan", "gode-spoergsmaal-til-partnerskabsmoedet"],
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
        "links": ["evaluering-af-partnerskaber", "fem-hurtige-spoergsmaal"],
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
        "links": ["12-faser-model", "tjekliste-til-partnerskabsarbejdet"],
        "checklist": [
            "Resultatet og en afsluttende refleksion er skrevet ned",
            "Partnerne har fået tak og en tilbagemelding",
            "Erfaringerne er delt med kollegerne",
        ],
    },
}
