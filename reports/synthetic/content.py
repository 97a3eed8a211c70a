"""Questions, options, demographic features and open answers of the synthetic dialogue
(our own writing; English only, other languages fall back to it)."""

from dialogues.demo_content import AGREEMENT, TOPICS

TOPIC_TITLES = [topic["title"]["en"] for topic in TOPICS]

STATEMENTS = [
    "People like me can influence how the Internet is run.",
    "My country protects my personal data well.",
    "Platforms should remove false information quickly.",
    "Artificial intelligence will improve public services.",
    "I would accept a digital identity issued by the state.",
    "Internet access should be a right for everyone.",
    "Companies should pay for the data they collect.",
    "Children should learn to code at school.",
]

CHOICES = [
    ("governments", "Governments"),
    ("companies", "Companies"),
    ("citizens", "Citizens and civil society"),
    ("experts", "Technical experts"),
    ("un", "The United Nations"),
]

FEATURES = [
    ("age", "Age band", [("18-29", "18 to 29"), ("30-44", "30 to 44"), ("45-59", "45 to 59"), ("60+", "60 and over")]),
    ("gender", "Gender", [("woman", "Woman"), ("man", "Man"), ("other", "Another gender")]),
    ("education", "Education", [("primary", "Primary"), ("secondary", "Secondary"), ("higher", "Higher")]),
    ("area", "Where I live", [("urban", "Urban"), ("rural", "Rural")]),
]
FEATURE_WEIGHTS = {"age": [28, 27, 25, 20], "gender": [50, 48, 2], "education": [25, 45, 30], "area": [60, 40]}

OPEN_ANSWERS = [
    "Everyone should be able to get online at an affordable price.",
    "Teach digital skills to older people in every town.",
    "Make platforms explain how their algorithms decide what we see.",
    "Protect children online without spying on adults.",
    "Create an independent body to hear complaints about platforms.",
    "Keep the Internet open and not split by borders.",
    "Give people simple control over their personal data.",
    "Public services must stay available offline too.",
    "Fight online harassment with faster reporting.",
    "Involve citizens in decisions about artificial intelligence.",
    "Support local languages on the Internet.",
    "Tax the largest platforms fairly where they earn money.",
]

# Answers that a careless note taker might write: the redaction must catch them.
PERSONAL_ANSWERS = [
    "Ask {name} for details, write to {email}.",
    "Call {phone} if you want to join our group.",
    "We meet at 12 Rue de la Paix every Monday, see https://example.org/group.",
]


def question_specs(questions_per_topic):
    """(code suffix, kind, text, options) for the questions of one topic; the last is open."""
    specs = []
    for index in range(questions_per_topic - 1):
        statement = STATEMENTS[index % len(STATEMENTS)]
        if index % 3 == 2:
            specs.append(("who", "multiple_choice", "Who should decide about this? " + statement, CHOICES))
        elif index % 3 == 1:
            specs.append(("choice", "single_choice", "Who is most responsible? " + statement, CHOICES[:4]))
        else:
            specs.append(("agree", "scale", statement, [(code, labels["en"]) for code, labels in AGREEMENT]))
    specs.append(("open", "open_text", "What does your table recommend to decision makers?", []))
    return specs
