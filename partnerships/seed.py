"""The standard content the stage tools start from, seeded by migration and
then managed by editors: agreement clauses, the evaluation questionnaire and
the typical challenges of partnership work (Danish)."""

# (section, heading, text, included by default)
CLAUSES = [
    (
        "parties",
        "Parterne",
        "Aftalen indgås mellem biblioteket og {partners}.\n\n"
        "Kontaktpersoner:\n{contacts}",
        True,
    ),
    (
        "purpose",
        "Baggrund og fælles formål",
        "Partnerskabet “{title}” har dette formål:\n{purpose}\n\n"
        "Det fælles billede af, hvordan det ser ud, når det lykkes:\n{vision}",
        True,
    ),
    (
        "goals",
        "Parternes mål og udbytte",
        "Biblioteket arbejder i partnerskabet for disse strategiske mål:\n{goals}\n\n"
        "Biblioteket får ud af samarbejdet: {library_gets}\n\n"
        "Hver partner beskriver her med egne ord, hvad den vil opnå, og hvordan "
        "den mærker, at samarbejdet har været umagen værd.",
        True,
    ),
    (
        "activities",
        "Aktiviteter og arbejdsdeling",
        "Parterne gennemfører følgende aktiviteter. For hver aktivitet står, hvem "
        "der har ansvaret, og hvem der bidrager:\n\n(Udfyld: aktivitet – ansvarlig "
        "– øvrige bidrag – tidspunkt)",
        True,
    ),
    (
        "contributions",
        "Parternes bidrag",
        "Biblioteket bidrager med: {library_gives}\n\n"
        "Hver partner angiver sit bidrag i timer, lokaler, materialer, netværk og "
        "penge. Bidrag i form af arbejdstid og lokaler værdisættes ikke, medmindre "
        "parterne aftaler det.\n\nSamlede ressourcer: {resources}",
        True,
    ),
    (
        "principles",
        "Samarbejdsprincipper og beslutninger",
        "Parterne samarbejder som ligeværdige og deler viden åbent. Beslutninger, "
        "der vedrører hele partnerskabet, træffes i fællesskab på "
        "partnerskabsmøderne. Hver part udpeger én person, der kan træffe "
        "beslutninger på partens vegne.",
        True,
    ),
    (
        "communication",
        "Kommunikation",
        "Parterne lægger en fælles kommunikationsplan for både den interne og den "
        "eksterne kommunikation. Alle parters navne og logoer bruges, når "
        "partnerskabets aktiviteter omtales udadtil, og ingen part udtaler sig på "
        "de andres vegne.",
        True,
    ),
    (
        "finances",
        "Økonomi",
        "Partnerskabets budget er {budget} kr. Hver part afholder selv sine "
        "udgifter, medmindre andet står i budgettet. Fælles indtægter og tilskud "
        "fordeles efter aftale, før de søges.",
        True,
    ),
    (
        "rights",
        "Rettigheder og tredjepart",
        "Materialer, som parterne skaber sammen, må bruges af alle parter i "
        "ikke-kommercielle sammenhænge med kildeangivelse. Aftaler med sponsorer, "
        "medier og andre udenforstående indgås kun med alle parters samtykke.",
        True,
    ),
    (
        "rights",
        "Persondata",
        "Behandler partnerskabet oplysninger om deltagere, aftaler parterne "
        "skriftligt, hvem der er dataansvarlig, og hvordan oplysningerne "
        "opbevares og slettes.",
        False,
    ),
    (
        "duration",
        "Varighed og evaluering",
        "Aftalen gælder fra {start_date} til {end_date}. Parterne evaluerer "
        "samarbejdet undervejs og ved afslutningen: hver part svarer først "
        "skriftligt og hver for sig, derefter drøftes svarene i fællesskab.",
        True,
    ),
    (
        "disagreements",
        "Uenighed",
        "Opstår der uenighed, tages den op på førstkommende partnerskabsmøde. "
        "Kan parterne ikke blive enige, inddrages parternes ledere, før nogen "
        "part træffer beslutning på egen hånd.",
        True,
    ),
    (
        "changes",
        "Ændringer og ophør",
        "Ændringer af aftalen sker skriftligt og underskrives af alle parter som "
        "en ny version. En part kan udtræde med tre måneders varsel. Parterne "
        "afslutter i så fald igangværende aktiviteter ordentligt og holder "
        "kontakten, så et nyt samarbejde kan opstå senere.",
        True,
    ),
    (
        "signatures",
        "Underskrifter",
        "Aftalen underskrives af en person med bemyndigelse fra hver part.",
        True,
    ),
]

QUESTIONNAIRE = {
    "title": "Evaluering af partnerskabet",
    "introduction": (
        "Svar hver for sig og med dine egne ord, før vi mødes. Svarene er "
        "grundlaget for vores fælles samtale om, hvordan partnerskabet går, og "
        "hvad vi skal gøre nu."
    ),
    # (theme, kind, question, help text)
    "questions": [
        ("cooperation", "scale", "Fungerer samarbejdet mellem parterne?", ""),
        (
            "cooperation",
            "text",
            "Er roller, forventninger og kommunikation klare? Hvad kunne gå bedre?",
            "",
        ),
        ("progress", "scale", "Følger partnerskabet planen?", ""),
        (
            "progress",
            "text",
            "Hvad har bremset os, og hvad har hjulpet os videre?",
            "",
        ),
        ("results", "scale", "Nås de mål, vi satte os?", ""),
        (
            "results",
            "text",
            "Hvad har din organisation fået ud af samarbejdet? Hvad overraskede dig?",
            "",
        ),
        ("next_step", "scale", "Skal partnerskabet fortsætte?", ""),
        (
            "next_step",
            "text",
            "Skal vi fortsætte som nu, justere, tage flere partnere med eller slutte?",
            "",
        ),
    ],
}

# (challenge, description, suggested mitigation)
CHALLENGES = [
    (
        "Processen går i stå",
        "Et partnerskab tager tid at bygge op. Er der ikke sat tid af, bliver "
        "opfølgningen ikke til noget, mens engagementet er størst.",
        "Sæt timer af til partnerskabet fra starten, og aftal faste møder med "
        "korte intervaller i opstarten.",
    ),
    (
        "Parterne føler sig dårligt informeret",
        "De fleste problemer mellem partnere kan spores tilbage til information, "
        "der ikke nåede frem. Alle skal være orienteret uden at drukne i "
        "beskeder.",
        "Læg en kommunikationsplan, der også dækker den interne kommunikation, og "
        "send et kort referat efter hvert møde.",
    ),
    (
        "Vi forstår ikke hinandens organisationer",
        "Partnerne arbejder i forskellige kulturer med forskellige "
        "beslutningsveje og tidshorisonter. Det kræver, at man mødes på midten.",
        "Brug det første møde på at fortælle om hinandens organisationer, og "
        "skriv beslutningsvejene ind i aftalen.",
    ),
    (
        "Forholdene ændrer sig",
        "Omstruktureringer, nye strategier eller besparelser hos en af parterne "
        "kan gøre det nødvendigt at tænke partnerskabet om eller afslutte det.",
        "Følg op på aftalen ved hver evaluering. Må partnerskabet slutte, så gør "
        "det ordentligt og hold kontakten: et nyt samarbejde kan komme senere.",
    ),
]
