"""Demo content in English: the sections, the eight guide chapters, the tools,
four cases, the film and the about page.

Written for English readers from the same facts as the Danish pages, not
translated sentence by sentence. Chapters, tools and cases are keyed by the
slug of their Danish page; tool_links name tools by that Danish slug too, and
the loader points them at the English tool pages.
"""

GUIDE_INDEX = {
    "title": "The guide",
    "slug": "guide",
    "intro": (
        "Eight questions take you from why a library needs partners at all, "
        "through choosing them well, to agreements, communication and "
        "evaluation. Each chapter ends with questions to discuss and links to "
        "the tools that help. Start at chapter one or jump to the question your "
        "library is facing now."
    ),
}

TOOLBOX_INDEX = {
    "title": "The toolbox",
    "slug": "toolbox",
    "intro": (
        "Models that show the whole course of a partnership, and practical "
        "templates, checklists and question lists for single steps such as "
        "writing an agreement or preparing a meeting. Pick what fits your "
        "situation and adapt it to your own library."
    ),
}

CASE_INDEX = {
    "title": "Cases",
    "slug": "cases",
    "intro": (
        "How other libraries have worked with theatres, museums, universities "
        "and businesses. Each case opens with a short outline and then answers "
        "the quick questions about experience, challenges and gains that the "
        "material covers."
    ),
}

FILM_PAGE = {
    "title": "The film: Better Together",
    "slug": "film",
    "intro": (
        "Better Together is the Build Partnerships film. It shows what "
        "libraries and their partners achieve together, and it is a good way "
        "to open a staff discussion about your own partnerships."
    ),
    "body": (
        "<p>The film is one of the four things the <em>Out of the Box</em> "
        "project produced, alongside the guide, the toolbox and the website. "
        "The guide and the tools go into method; the film puts pictures on the "
        "basic idea: together, two or more parties can create what none of "
        "them could alone, and each gives and gains.</p>"
        "<h2>Using the film at a staff meeting</h2>"
        "<p>Watch it together and leave time to talk afterwards. Ask everyone "
        "to jot down a few words on their own first, so that more voices are "
        "heard. Then pick two or three of these questions:</p>"
        "<ul><li>Which of our partnerships are strategic, and which just "
        "happened?</li><li>What can we offer that others would value, and can "
        "we say it in two sentences?</li><li>Who in our community could help "
        "us reach our goals, and what would they get out of it?</li><li>When "
        "should we say no, or end a partnership that no longer makes "
        "sense?</li></ul>"
        "<p>Finish by agreeing on one concrete next step, for example mapping "
        "your strengths with the <em>We can – will you?</em> tool.</p>"
    ),
}

ABOUT_PAGE = {
    "title": "About Build Partnerships",
    "slug": "about",
    "intro": (
        "Build Partnerships is a guide and a toolbox for public libraries that "
        "want to use partnerships strategically. It grew out of the Out of the "
        "Box project and appears here in a new digital edition."
    ),
    "body": (
        "<p>Most libraries already work with others, but usually ad hoc, to "
        "meet a small need at short notice. Build Partnerships argues for "
        "choosing partners on purpose, as a way to reach the library's own "
        "goals and to renew its place in the city.</p>"
        "<h2>The Out of the Box project</h2>"
        "<p><em>Out of the Box – Libraries in Collaborative Innovation</em> ran "
        "from 1 March 2010 to 1 July 2012 with funding from the Danish Agency "
        "for Culture. Roskilde University (through its CLIPS research project), "
        "Roskilde Libraries and the Main Library in Aarhus ran it, working "
        "closely with the Royal School of Library and Information Science and "
        "the Dacapo Theatre.</p>"
        "<h2>What it is based on</h2>"
        "<ul><li>an expert survey in spring 2011 among library leaders and "
        "partnership strategists from other sectors</li><li>the “five quick "
        "questions”, put to Danish libraries in 2010–2011 and to libraries "
        "abroad in spring 2011</li><li>research interviews by Roskilde "
        "University</li><li>a theatre workshop at the Next Library conference "
        "in Aarhus in June 2011</li><li>conferences in Vanløse, Herning and "
        "Roskilde in 2011</li><li>study trips to Utah and California in 2011 "
        "and to Birmingham in 2012</li></ul>"
        "<h2>Four products</h2>"
        "<p>A guide in eight chapters with a checklist, a toolbox, a website "
        "with cases, and the film <em>Better Together</em>. The booklet also "
        "appeared in English as <em>Build Partnerships! Tools for Strategical "
        "Library Development</em>.</p>"
        "<h2>This edition</h2>"
        "<p>This site brings the guide, the toolbox and the cases together and "
        "adds a partnership system in which library staff follow their own "
        "partnerships through initiation, agreement, communication, evaluation "
        "and conclusion or renewal.</p>"
    ),
}

CHAPTERS = {
    "intet-bibliotek-uden-partnerskaber": {
        "title": "No library without partnerships?",
        "slug": "no-library-without-partnerships",
        "summary": (
            "A library rarely reaches its goals on its own. Why partnerships "
            "should be a method you choose, not something that just happens, "
            "and what Build Partnerships offers."
        ),
        "body": [
            (
                "paragraph",
                "<p>A library lives by its relationships: with citizens, "
                "schools, associations, cultural institutions, the council and "
                "local businesses. Reaching new groups, getting more people "
                "reading or becoming a natural meeting place all depend on "
                "someone outside the building bringing knowledge, contacts or "
                "resources.</p><p>Most libraries cooperate a great deal, but "
                "often on the spur of the moment: a room for a club, an author "
                "visit for a school. That work is fine, yet it fades once the "
                "task is done. Build Partnerships suggests choosing partners "
                "deliberately, as a way to reach the library's own goals.</p>",
            ),
            (
                "tip",
                {
                    "kind": "key_point",
                    "text": (
                        "A partnership is never the goal in itself. It is a way "
                        "of reaching the goals the library has set."
                    ),
                },
            ),
            ("sub_question", "How do Aarhus and Roskilde work with partnerships?"),
            (
                "paragraph",
                "<p>The Main Library in Aarhus and Roskilde Libraries tested the "
                "approach in the Out of the Box project from 2010 to 2012, with "
                "researchers from Roskilde University. Both libraries linked "
                "their partnerships to their strategy and learnt that the whole "
                "organisation, not one enthusiast, has to carry the work.</p>",
            ),
            ("sub_question", "What does Build Partnerships consist of?"),
            (
                "paragraph",
                "<p>Four things: this guide, a toolbox of models and templates, "
                "a website with cases from other libraries, and the film "
                "<em>Better Together</em>. Read the guide from start to finish "
                "or go straight to the chapter you need.</p>",
            ),
            (
                "questions",
                {
                    "heading": "Questions to discuss",
                    "questions": [
                        "Which of our partnerships did we choose, and which "
                        "simply happened?",
                        "Which of our goals can we not reach without others?",
                        "Who in the library knows all our partners?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "tjekliste-til-partnerskabsarbejdet",
                        "12-faser-model",
                        "partnerskabsspillet",
                    ],
                },
            ),
        ],
    },
    "hvad-er-partnerskaber": {
        "title": "What are partnerships?",
        "slug": "what-are-partnerships",
        "summary": (
            "A partnership creates something none of the parties could create "
            "alone. How it differs from ordinary cooperation, and why every "
            "party must gain."
        ),
        "body": [
            ("sub_question", "What is the purpose of a partnership?"),
            (
                "paragraph",
                "<p>To create something new and open doors for later, not to "
                "raise money. The project's shorthand is 1+1=3. Typical aims are "
                "making better use of resources, reaching new groups and "
                "bringing new skills into play.</p>",
            ),
            (
                "tip",
                {
                    "kind": "tip",
                    "text": (
                        "Test an idea with 1+1=3: can you name what you will "
                        "create together that neither could create alone? If "
                        "not, you may be buying or selling a service."
                    ),
                },
            ),
            ("sub_question", "Why partnership rather than cooperation?"),
            (
                "paragraph",
                "<p>Cooperation covers everything from borrowing chairs to a "
                "joint project over years. A partnership is narrower: every "
                "party contributes and every party gains. Buying consultancy or "
                "serving a customer is not a partnership. Gains need not be "
                "equal, but each party should know what the others want.</p>",
            ),
            ("sub_question", "What has innovation to do with it?"),
            (
                "paragraph",
                "<p>A partner sees your familiar routines with fresh eyes, and "
                "that is where new ideas start. Still, a partnership can be "
                "worth having without being innovative.</p>",
            ),
            (
                "checklist",
                {
                    "heading": "Signs of a real partnership",
                    "items": [
                        "We create something together that none of us could "
                        "create alone",
                        "Every party contributes",
                        "Every party gains, and we know what",
                        "We share a vision for the work",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "partnerskabsdefinitioner",
                        "partnerskaber-udvikler-organisationen",
                    ],
                },
            ),
        ],
    },
    "hvorfor-er-partnerskaber-et-strategisk-vaerktoej": {
        "title": "Why are partnerships a strategic tool?",
        "slug": "why-partnerships-are-strategic",
        "summary": (
            "Partnerships pay off most when they serve the library's overall "
            "goals. From strategy to partnerships in daily work."
        ),
        "body": [
            (
                "paragraph",
                "<p>Used strategically, partnerships are a method for reaching "
                "the goals the library and its council have set. That needs "
                "clear goals, for the library and for each partnership, which "
                "you keep to and explain to others.</p>",
            ),
            ("sub_question", "How can the library draw up a partnership strategy?"),
            (
                "paragraph",
                "<p>Start from the library's goals, not from the partners you "
                "happen to know. Ask which goals need others, what kind of "
                "partner would help, and what the library can offer in return. "
                "Write down how you will choose, follow up and end "
                "partnerships.</p>",
            ),
            ("sub_question", "Why is one enthusiast not enough?"),
            (
                "paragraph",
                "<p>When a partnership belongs to one person, it leaves with "
                "them. The whole organisation must know the strategy and build "
                "it into the plans of each department.</p>",
            ),
            (
                "checklist",
                {
                    "heading": "Check your strategy",
                    "items": [
                        "It names the goals partnerships should serve",
                        "It says how we choose partners",
                        "Every department knows its part",
                        "We know when we will evaluate",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": ["to-tilgange-til-organisering", "12-faser-model"],
                },
            ),
        ],
    },
    "hvem-kan-biblioteket-samarbejde-med-og-hvad-kan-biblioteket-samarbejde-om": {
        "title": "Who can the library partner with, and on what?",
        "slug": "who-to-partner-with",
        "summary": (
            "Anyone who can help the library towards its goals is a possible "
            "partner. The art is choosing the right ones, across the public "
            "sector, business and civil society."
        ),
        "body": [
            ("sub_question", "Who can become a partner?"),
            (
                "paragraph",
                "<p>Look widely: council departments, schools and universities, "
                "museums and theatres, firms large and small, associations and "
                "volunteers. What matters is whether they can help you reach "
                "your goals and whether you can help them reach theirs.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "Our partners knew the young people; we did not. So we "
                        "had to agree early on who did what and what each of "
                        "us expected."
                    ),
                    "attribution": "Project worker, local libraries in Aarhus",
                },
            ),
            ("sub_question", "How does the library find its partners?"),
            (
                "paragraph",
                "<p>Map the goals first, then the organisations that share "
                "them. Use your staff's networks, the council's contacts and "
                "earlier partners, who often open doors to the next.</p>",
            ),
            (
                "questions",
                {
                    "heading": "Questions for a possible partner",
                    "questions": [
                        "What do you want to achieve, and by when?",
                        "What can you bring, and what do you need from us?",
                        "Who decides on your side?",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": ["vi-kan-vil-du", "udfordringer-i-partnerskabsarbejdet"],
                },
            ),
        ],
    },
    "hvordan-arbejder-biblioteket-med-sit-netvaerk": {
        "title": "How does the library work with its network?",
        "slug": "working-with-the-network",
        "summary": (
            "Networks and partnerships wither if nobody tends them. Keeping an "
            "overview, looking after relationships and widening the network."
        ),
        "body": [
            ("sub_question", "Who keeps the overview?"),
            (
                "paragraph",
                "<p>Someone should know all the library's relationships: who "
                "works with whom, on what, and since when. That person holds "
                "the network role and helps colleagues find the right "
                "contact.</p>",
            ),
            ("sub_question", "How does the library keep relationships alive?"),
            (
                "paragraph",
                "<p>Meet regularly, also when there is no project, share news "
                "and say thank you. A partnership that ends well often leads to "
                "the next one.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "A partnership does not run itself; you have to look "
                        "after it and keep an open mind. In return we gained a "
                        "wider network and new skills."
                    ),
                    "attribution": "Head of communication, Herning Libraries",
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "kompetencer-i-partnerskabsarbejdet",
                        "kommunikationsplan",
                    ],
                },
            ),
        ],
    },
    "hvad-faar-partneren-ud-af-at-samarbejde-med-biblioteket": {
        "title": "What does the partner get out of it?",
        "slug": "what-partners-gain",
        "summary": (
            "Possible partners seldom know what a library can offer. The "
            "library has to know its strengths and say so plainly."
        ),
        "body": [
            ("sub_question", "What are the library's assets?"),
            (
                "paragraph",
                "<p>A wide public and many visitors, a trusted, non-commercial "
                "name, skill in finding and ordering information, and "
                "experience with events, projects and the web. For a company, "
                "culture can be a better way to show itself than sport.</p>",
            ),
            ("sub_question", "What do partners say about libraries?"),
            (
                "paragraph",
                "<p>Partners praise the reach and the trust, but libraries "
                "undersell themselves and seldom have a ready offer when asked "
                "what they can do.</p>",
            ),
            (
                "quote",
                {
                    "text": (
                        "We are not pushy enough. We sell ourselves too "
                        "cheaply and rarely have an offer ready."
                    ),
                    "attribution": "Library director, Aabenraa Libraries",
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "vi-kan-vil-du",
                        "gode-spoergsmaal-til-partnerskabsmoedet",
                    ],
                },
            ),
        ],
    },
    "hvad-betyder-bibliotekets-organisering-for-udbyttet-af-partnerskabsarbejdet": {
        "title": "How does the library's organisation affect what partnerships yield?",
        "slug": "organisation-and-yield",
        "summary": (
            "How the library steers the work, its culture and its staff's "
            "skills decide how much its partnerships give."
        ),
        "body": [
            ("sub_question", "Central or local management?"),
            (
                "paragraph",
                "<p>Central management gives an overview and one voice towards "
                "partners; local management keeps the work close to users and "
                "staff. Many libraries combine the two: a shared strategy and "
                "freedom for departments to act on it.</p>",
            ),
            ("sub_question", "What does the culture mean?"),
            (
                "paragraph",
                "<p>A culture that welcomes outside ideas and accepts some "
                "risk gets more from partners. Daily operations must go on, so "
                "agree clearly who does what.</p>",
            ),
            ("sub_question", "Which skills does the library need?"),
            (
                "paragraph",
                "<p>Someone who keeps the network, someone who runs each "
                "partnership, and staff who all know why the library works "
                "with others.</p>",
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "to-tilgange-til-organisering",
                        "kompetencer-i-partnerskabsarbejdet",
                    ],
                },
            ),
        ],
    },
    "hvordan-understoetter-biblioteket-sit-partnerskab": {
        "title": "How does the library support its partnership?",
        "slug": "supporting-the-partnership",
        "summary": (
            "Clear agreements, good communication inside and out, and regular "
            "evaluation keep a partnership healthy until it ends or is renewed."
        ),
        "body": [
            ("sub_question", "How does the library make clear agreements?"),
            (
                "paragraph",
                "<p>Write down the purpose, who does and pays for what, who "
                "owns the results, and how the partnership ends. Do it before "
                "the work starts, and revisit it when things change.</p>",
            ),
            ("sub_question", "Why does communication matter so much?"),
            (
                "paragraph",
                "<p>Partners need to hear the same story, the public needs to "
                "know what is on, and your own colleagues need to know why the "
                "library takes part. A simple plan says who tells whom what, "
                "and when.</p>",
            ),
            ("sub_question", "Why evaluate along the way?"),
            (
                "paragraph",
                "<p>Regular evaluation shows whether the partnership still "
                "serves everyone's goals, and gives you the grounds to continue, "
                "change or end it.</p>",
            ),
            (
                "checklist",
                {
                    "heading": "During the partnership",
                    "items": [
                        "The agreement is signed",
                        "There is a communication plan",
                        "Evaluation points are set",
                        "Colleagues know the purpose",
                    ],
                },
            ),
            (
                "tool_links",
                {
                    "heading": "Tools for this",
                    "tools": [
                        "standardsamarbejdsaftale",
                        "kommunikationsplan",
                        "evaluering-af-partnerskaber",
                    ],
                },
            ),
        ],
    },
}


def _tool(title, slug, summary, when_to_use, text, heading, items, kind="checklist"):
    """One tool page: what it is, when to use it, and a list to work from."""
    key = "items" if kind == "checklist" else "questions"
    return {
        "title": title,
        "slug": slug,
        "summary": summary,
        "when_to_use": when_to_use,
        "body": [("paragraph", text), (kind, {"heading": heading, key: items})],
    }


TOOLS = {
    "partnerskabsspillet": _tool(
        "The partnership game",
        "partnership-game",
        "A training game in which staff practise partnership work safely, from "
        "first contact to a shared agreement.",
        "Before the library starts new partnerships, or when many colleagues "
        "need to learn the work, for example at a staff day.",
        "<p>Herning Libraries developed the game and presented it at a "
        "conference in April 2011. Playing the roles first lets you try a bold "
        "idea or a hard negotiation before anything is at stake. The original "
        "rules are lost, so use this as a framework for your own version.</p>",
        "Questions for the debrief",
        [
            "What surprised you about the other party?",
            "Where did the negotiation get stuck, and why?",
            "What would you do differently with a real partner?",
        ],
        kind="questions",
    ),
    "12-faser-model": _tool(
        "A partnership in twelve phases",
        "twelve-phases",
        "A model that divides a partnership into twelve phases, from the first "
        "exploration to deciding whether to continue.",
        "When planning a new partnership and wanting to see it whole; come back "
        "to it to see where you are.",
        "<p>The twelve phases follow the five stages this site uses: "
        "initiation, agreement, communication, evaluation and conclusion or "
        "renewal. Each phase names what to decide before moving on.</p>",
        "Questions for your partnership",
        [
            "Which phase are we in now?",
            "What must be decided before the next one?",
            "Who is responsible for getting us there?",
        ],
        kind="questions",
    ),
    "partnerskaber-udvikler-organisationen": _tool(
        "Partnerships develop the organisation",
        "partnerships-develop-the-organisation",
        "How working with partners gives the library a new view of itself and "
        "develops every organisation involved.",
        "When explaining to managers and colleagues why partnerships are an "
        "investment, and when taking stock at an evaluation.",
        "<p>Partners ask questions staff stopped asking long ago. That makes "
        "the library aware of its own skills and habits, and both sides learn "
        "ways of working they take into later projects.</p>",
        "Questions for reflection",
        [
            "What have our partners taught us about ourselves?",
            "Which new habits have we kept?",
        ],
        kind="questions",
    ),
    "partnerskabsdefinitioner": _tool(
        "Defining partnership",
        "defining-partnership",
        "Three sample definitions of partnership and an exercise to write the "
        "library's own.",
        "When the library starts working strategically with partnerships, or "
        "when people talk past each other about what a partnership is.",
        "<p>One definition stresses a shared task written into an agreement; "
        "another stresses mutual gain; a third stresses creating something "
        "new together. None is right for everyone: write your own.</p>",
        "Exercise: write your definition",
        [
            "Read the three samples together",
            "Note what you agree with and what you miss",
            "Write two or three sentences of your own",
            "Test them on a partnership you have now",
        ],
    ),
    "to-tilgange-til-organisering": _tool(
        "Two ways to organise the strategic work",
        "two-ways-to-organise",
        "Two ways of taking the partnership strategy into the whole "
        "organisation: departments choose, or a cross-library team selects.",
        "When the library has a strategy and must decide how departments turn "
        "it into partnerships.",
        "<p>In the first approach each department builds partnerships into its "
        "own plans; it gives ownership but less overview. In the second a "
        "small team across departments selects and follows the partnerships; "
        "it gives focus but can feel distant.</p>",
        "Questions for choosing",
        [
            "How many partnerships do we have, and in how many departments?",
            "Who has the time and the mandate to lead?",
        ],
        kind="questions",
    ),
    "kompetencer-i-partnerskabsarbejdet": _tool(
        "Skills for partnership work",
        "skills-for-partnership-work",
        "Three profiles the library needs: the network lead, the partnership "
        "lead and every member of staff.",
        "When sharing out roles, planning training or hiring.",
        "<p>The network lead knows all relationships and opens doors. The "
        "partnership lead runs one partnership: agreements, meetings, "
        "follow-up. All staff need to know why the library works with others "
        "and how to welcome partners.</p>",
        "Questions for your organisation",
        [
            "Who holds each role today?",
            "Which skills are missing?",
        ],
        kind="questions",
    ),
    "vi-kan-vil-du": _tool(
        "We can – will you?",
        "we-can-will-you",
        "A method for mapping what the library can offer a partner and "
        "presenting it so partners see the value.",
        "Before approaching new partners, or when revising the strategy.",
        "<p>List what the library is good at, then turn each strength into an "
        "offer a partner can understand in a sentence or two.</p>",
        "What libraries can often offer",
        [
            "A wide public and many visitors",
            "A trusted, non-commercial name",
            "Skill in finding and ordering information",
            "Rooms and experience with events",
        ],
    ),
    "gode-spoergsmaal-til-partnerskabsmoedet": _tool(
        "Good questions for the partnership meeting",
        "questions-for-the-meeting",
        "Questions and reminders for before, during and after meetings with "
        "partners, so that meetings move the work forward.",
        "At every meeting with partners, from the first one to the regular "
        "meetings while the partnership runs.",
        "<p>Send an agenda in advance, agree who chairs and who takes notes, "
        "and end with clear actions and a date for the next meeting.</p>",
        "Questions to ask during the meeting",
        [
            "What does each of us want from this partnership?",
            "What has changed since we last met?",
            "Who does what before next time?",
        ],
        kind="questions",
    ),
    "udfordringer-i-partnerskabsarbejdet": _tool(
        "Challenges in partnership work",
        "challenges",
        "The usual challenges in a partnership and how to prevent them; use "
        "the list for a risk assessment.",
        "Early, ideally while negotiating the agreement; again when something "
        "changes for one of the partners.",
        "<p>Unclear goals, different pace and culture, too little time, one "
        "enthusiast carrying everything, and colleagues who do not know the "
        "purpose are the commonest problems. Naming them early makes them "
        "easier to handle.</p>",
        "Questions for the risk assessment",
        [
            "Which of these challenges could hit us?",
            "What do we do now to prevent it?",
            "Who watches for it?",
        ],
        kind="questions",
    ),
    "standardsamarbejdsaftale": _tool(
        "Standard partnership agreement",
        "standard-agreement",
        "A template for a written agreement, so that the parties agree on "
        "purpose, tasks, contributions, rights and ending before work starts.",
        "When you have found your partners and agreed to work together; write "
        "it before activities start.",
        "<p>The template covers the parties, the purpose, each party's tasks "
        "and contribution, money, rights to results, communication, "
        "evaluation, how to end, and signatures.</p>",
        "Check before you sign",
        [
            "The purpose is clear to all parties",
            "Each party's contribution is named",
            "We know who owns the results",
            "We know how the partnership ends",
        ],
    ),
    "eksempel-paa-samarbejdsaftale": _tool(
        "Sample agreement: Mellem_Rummet",
        "sample-agreement-mellem-rummet",
        "Mellem_Rummet is a cultural partnership between two libraries and a "
        "museum of contemporary art: what its agreement covers and what to "
        "learn from it.",
        "When writing your own agreement and wanting to see one that has "
        "carried a long partnership between several institutions.",
        "<p>Roskilde Libraries, Roskilde University Library and the Museum of "
        "Contemporary Art have worked together since 2006. Their written "
        "agreement gives a shared frame that has lasted for years.</p>",
        "Questions when reading another agreement",
        [
            "What does the agreement settle, and what does it leave open?",
            "What would we need to add for our partnership?",
        ],
        kind="questions",
    ),
    "evaluering-af-partnerskaber": _tool(
        "Evaluating partnerships",
        "evaluating-partnerships",
        "A method for regular evaluation: each partner first answers the same "
        "questions in writing, then you discuss the answers together.",
        "At the evaluation points you agreed, and when deciding whether to "
        "continue, change or end the partnership.",
        "<p>Written answers first mean every partner is heard, not only the "
        "loudest. The joint discussion then turns answers into decisions.</p>",
        "How to run the evaluation",
        [
            "Agree the questions together",
            "Each partner answers in writing",
            "Discuss the answers at a meeting",
            "Write down what you decide",
        ],
    ),
    "kommunikationsplan": _tool(
        "Communication plan",
        "communication-plan",
        "A template for planning who needs to know what, when and through "
        "which channel, inside the partner organisations and outside.",
        "Once the agreement is in place and before activities start; keep it "
        "up to date.",
        "<p>List the audiences, including your own colleagues, the message for "
        "each, the channel, the date and who is responsible.</p>",
        "Reminders for the plan",
        [
            "Colleagues hear about it before the public",
            "Every activity has someone responsible",
            "Partners approve shared messages",
        ],
    ),
    "tjekliste-til-partnerskabsarbejdet": _tool(
        "Checklist for partnership work",
        "checklist",
        "One checklist that follows the guide from strategy to evaluation: "
        "see where your library stands and what is missing.",
        "When taking stock of the library's partnership work, for example once "
        "a year or before a strategy process.",
        "<p>Tick what is in place. What is left shows where to start.</p>",
        "Checklist",
        [
            "We know which goals partnerships should serve",
            "We have our own definition of partnership",
            "Someone keeps the overview of our network",
            "We can say what we offer partners",
            "Our partnerships have written agreements",
            "We evaluate our partnerships regularly",
        ],
    ),
    "fem-hurtige-spoergsmaal": _tool(
        "Five quick questions",
        "five-quick-questions",
        "A template for describing a partnership as a short case with five "
        "fixed questions, so that experience can be shared and compared.",
        "When a partnership has been evaluated or has ended and you want to "
        "share what you learnt.",
        "<p>The project sent these questions to libraries in Denmark and "
        "abroad in 2010 and 2011; the cases on this site use them.</p>",
        "The five questions",
        [
            "What experience have you gained from partnerships?",
            "What are the biggest challenges?",
            "What organisational barriers arise?",
            "What was the purpose of entering partnerships?",
            "What can one gain from partnering with libraries?",
        ],
        kind="questions",
    ),
}

CASES = {
    "sansefortaellingen": {
        "title": "The Sense Story",
        "slug": "the-sense-story",
        "respondent_role": "Head of communication",
        "partners": [
            ("Messecenter Herning", "Host", "Venue and logistics for the event."),
            ("Team Teatret", "Director", "Staging and the craft of the theatre."),
        ],
        "outline": (
            "<p>In 2009 Herning Libraries, the Herning exhibition centre and "
            "Team Teatret made an event for a culture festival in West Jutland: "
            "a story the audience experienced with all their senses.</p><p>The "
            "theatre staged it, the exhibition centre provided space and "
            "logistics, and the library brought the story and its contact with "
            "a broad public.</p>"
        ),
        "outcome": (
            "<p>Good reviews, many visitors, and relationships that led to new "
            "projects after the festival.</p>"
        ),
        "experience": (
            "<p>A much wider network, and new ways of planning events learnt "
            "from people who think in scenes or in logistics. A partnership "
            "also needs tending and an open mind.</p>"
        ),
        "challenges": (
            "<p>Agreeing the goals early, because three organisations join for "
            "three reasons; and everything takes longer than you expect.</p>"
        ),
        "barriers": (
            "<p>The partnership becoming one enthusiast's project. Colleagues "
            "need to know the purpose beforehand, or it feels like extra "
            "work.</p>"
        ),
        "purpose": (
            "<p>To create an experience none of us could make alone, and to "
            "meet people at a festival who do not usually use the library.</p>"
        ),
        "library_gain": (
            "<p>Wide reach, a trusted non-commercial name and experience with "
            "events; for a company, a way to show itself through culture rather "
            "than sport.</p>"
        ),
        "lessons": [
            "A partnership brings a wider network and new skills.",
            "Agree the goals with partners early.",
            "Expect things to take time.",
            "Make sure your own staff know the purpose.",
        ],
        "tags": ["festival", "culture", "business"],
    },
    "discover-and-learn": {
        "title": "Discover and Learn",
        "slug": "discover-and-learn",
        "respondent_role": "Head of development",
        "partners": [
            ("A design anthropologist", "", ""),
            ("An interior architect", "", ""),
            ("A lighting designer", "", ""),
            ("A design agency", "", ""),
            ("A software company", "", ""),
        ],
        "outline": (
            "<p>When Greve Library was renewed, it invited a design "
            "anthropologist, an interior architect, a lighting designer, a "
            "design agency and a software company to work with its staff on "
            "what the new library should do and how its rooms should welcome "
            "users.</p><p>The project also set out to learn what partners add "
            "to development work.</p>"
        ),
        "experience": (
            "<p>Fresh eyes: the partners questioned things we had stopped "
            "noticing. Explaining our work to them also showed us what "
            "librarians are good at.</p>"
        ),
        "challenges": (
            "<p>With many partners, who does what must be clear, which takes "
            "strong project management and honest dialogue.</p>"
        ),
        "barriers": (
            "<p>Daily operations carry on during the project, so real time must "
            "be set aside for it.</p>"
        ),
        "purpose": (
            "<p>A library designed around users' needs, using skills we do not "
            "have in house, and knowledge of working with partners that we can "
            "use again.</p>"
        ),
        "library_gain": (
            "<p>A real public space to test ideas with real users, skill in "
            "ordering information, and a visible reference for the "
            "partners.</p>"
        ),
        "lessons": [
            "Outside partners see familiar things with fresh eyes.",
            "Many partners need clear roles and good project management.",
            "Daily operations must go on while the project runs.",
        ],
        "tags": ["design", "innovation", "business"],
    },
    "mellem-rummet": {
        "title": "Mellem_Rummet (The Space Between)",
        "slug": "mellem-rummet",
        "respondent_role": "Project coordinator",
        "partners": [
            ("Roskilde University Library", "", ""),
            ("Museum of Contemporary Art", "", ""),
        ],
        "outline": (
            "<p>Since 2006 Roskilde Libraries, Roskilde University Library and "
            "the Museum of Contemporary Art have brought art, sound, video, "
            "readings and concerts into both libraries, often to people who "
            "came only to borrow a book.</p><p>Projects have included an open "
            "writing installation made with a poet and an exhibition of jazz "
            "photographs. A written agreement frames the partnership.</p>"
        ),
        "experience": (
            "<p>The unexpected meeting with art can be stronger than the "
            "planned one, and the museum's standards have changed how we "
            "exhibit for good.</p>"
        ),
        "challenges": (
            "<p>Showing art to people who did not choose it, and meeting "
            "demands for light, sound and security a library was not built "
            "for.</p>"
        ),
        "barriers": (
            "<p>Three institutions, three rhythms: a museum plans far ahead, a "
            "university library follows the semester, a public library reacts "
            "quickly.</p>"
        ),
        "purpose": (
            "<p>To make the library a place where people also meet art, with "
            "works and expertise we do not have ourselves.</p>"
        ),
        "library_gain": (
            "<p>A museum reaches people who would never buy a ticket, in a "
            "safe, non-commercial place with staff used to presenting things "
            "to the public.</p>"
        ),
        "lessons": [
            "Art in the library reaches people who did not seek it out.",
            "A partner's expertise can change the library's own practice.",
            "A written agreement gives a frame that lasts for years.",
        ],
        "tags": ["art", "culture", "museum"],
    },
    "roskilde-bibliotekerne-satser-paa-rocken": {
        "title": "Roskilde Libraries bet on rock",
        "slug": "roskilde-libraries-bet-on-rock",
        "respondent_role": "Head of the music library",
        "partners": [("Roskilde Museum / Danish Rock Museum", "", "")],
        "outline": (
            "<p>In August 2010 Roskilde Libraries agreed with Roskilde Museum "
            "to develop and run the library part of the coming Danish Rock "
            "Museum in the Musicon district, the first time in Denmark a museum "
            "and a library have been joined in one building.</p><p>Before the "
            "museum opens it is already present in the library's music "
            "department, with events, objects on display, quizzes and "
            "talks.</p>"
        ),
        "experience": (
            "<p>Two institutions with different expertise create more than the "
            "sum of their parts, and starting small lets you test the "
            "partnership before the big step.</p>"
        ),
        "challenges": (
            "<p>Patience over a long time frame, plans that change, and a "
            "shared identity in which neither partner disappears.</p>"
        ),
        "barriers": (
            "<p>Museums guard objects; libraries lend them. That gives "
            "different answers on opening hours, security and who may touch "
            "what.</p>"
        ),
        "purpose": (
            "<p>A new kind of cultural institution where music, history and "
            "knowledge meet, and a library present where the city grows.</p>"
        ),
        "library_gain": (
            "<p>Experience in ordering and presenting knowledge, music "
            "expertise, a large returning public and a strong local "
            "network.</p>"
        ),
        "lessons": [
            "A shared building needs clear agreements on responsibility.",
            "Start small and test the partnership first.",
            "Partnerships can renew the library's role in the city.",
        ],
        "tags": ["music", "museum", "culture", "strategy"],
    },
}
