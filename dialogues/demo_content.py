"""Text of the demo dialogue, written for this project, in every interface language."""

AGREEMENT = [
    ("strongly-agree", {"en": "Strongly agree", "fr": "Tout à fait d'accord", "es": "Muy de acuerdo", "ar": "موافق بشدة", "pt": "Concordo totalmente"}),
    ("agree", {"en": "Agree", "fr": "D'accord", "es": "De acuerdo", "ar": "موافق", "pt": "Concordo"}),
    ("neutral", {"en": "Neither agree nor disagree", "fr": "Ni d'accord ni pas d'accord", "es": "Ni de acuerdo ni en desacuerdo", "ar": "محايد", "pt": "Não concordo nem discordo"}),
    ("disagree", {"en": "Disagree", "fr": "Pas d'accord", "es": "En desacuerdo", "ar": "غير موافق", "pt": "Discordo"}),
    ("strongly-disagree", {"en": "Strongly disagree", "fr": "Pas du tout d'accord", "es": "Muy en desacuerdo", "ar": "غير موافق بشدة", "pt": "Discordo totalmente"}),
]

TOPICS = [
    {
        "code": "internet-and-me",
        "title": {"en": "Internet and me", "fr": "Internet et moi", "es": "Internet y yo", "ar": "الإنترنت وأنا", "pt": "A Internet e eu"},
        "questions": [
            ("daily-life", "scale", {
                "en": "The Internet has made my daily life better.",
                "fr": "Internet a amélioré ma vie quotidienne.",
                "es": "Internet ha mejorado mi vida diaria.",
                "ar": "جعل الإنترنت حياتي اليومية أفضل.",
                "pt": "A Internet melhorou o meu dia a dia.",
            }),
            ("trust-information", "scale", {
                "en": "I trust most of the information I find online.",
                "fr": "Je fais confiance à la plupart des informations que je trouve en ligne.",
                "es": "Confío en la mayor parte de la información que encuentro en línea.",
                "ar": "أثق بمعظم المعلومات التي أجدها على الإنترنت.",
                "pt": "Confio na maior parte das informações que encontro na Internet.",
            }),
            ("hopes", "open", {
                "en": "What are your table's hopes for the Internet of tomorrow?",
                "fr": "Quels sont les espoirs de votre table pour l'Internet de demain ?",
                "es": "¿Qué esperanzas tiene su mesa para el Internet del mañana?",
                "ar": "ما هي آمال طاولتكم لإنترنت الغد؟",
                "pt": "Quais são as esperanças da sua mesa para a Internet de amanhã?",
            }),
        ],
    },
    {
        "code": "digital-identity",
        "title": {"en": "Digital identity", "fr": "Identité numérique", "es": "Identidad digital", "ar": "الهوية الرقمية", "pt": "Identidade digital"},
        "questions": [
            ("control-my-data", "scale", {
                "en": "I feel in control of the personal data I share online.",
                "fr": "J'ai le sentiment de maîtriser les données personnelles que je partage en ligne.",
                "es": "Siento que controlo los datos personales que comparto en línea.",
                "ar": "أشعر أنني أتحكم في البيانات الشخصية التي أشاركها على الإنترنت.",
                "pt": "Sinto que controlo os dados pessoais que compartilho na Internet.",
            }),
            ("who-should-issue", "single", {
                "en": "Who should provide a digital identity to citizens?",
                "fr": "Qui devrait fournir une identité numérique aux citoyens ?",
                "es": "¿Quién debería proporcionar una identidad digital a los ciudadanos?",
                "ar": "من يجب أن يوفر هوية رقمية للمواطنين؟",
                "pt": "Quem deveria fornecer uma identidade digital aos cidadãos?",
            }, [
                ("government", {"en": "The government", "fr": "L'État", "es": "El gobierno", "ar": "الحكومة", "pt": "O governo"}),
                ("companies", {"en": "Private companies", "fr": "Des entreprises privées", "es": "Empresas privadas", "ar": "الشركات الخاصة", "pt": "Empresas privadas"}),
                ("independent", {"en": "An independent public body", "fr": "Un organisme public indépendant", "es": "Un organismo público independiente", "ar": "هيئة عامة مستقلة", "pt": "Um órgão público independente"}),
                ("nobody", {"en": "Nobody: it is not needed", "fr": "Personne : ce n'est pas nécessaire", "es": "Nadie: no es necesaria", "ar": "لا أحد: لا حاجة إليها", "pt": "Ninguém: não é necessária"}),
            ]),
            ("fears", "open", {
                "en": "What does your table fear most about digital identity?",
                "fr": "Que craint le plus votre table au sujet de l'identité numérique ?",
                "es": "¿Qué es lo que más teme su mesa sobre la identidad digital?",
                "ar": "ما أكثر ما تخشاه طاولتكم بشأن الهوية الرقمية؟",
                "pt": "O que a sua mesa mais teme em relação à identidade digital?",
            }),
        ],
    },
    {
        "code": "public-sphere",
        "title": {"en": "The digital public sphere", "fr": "L'espace public numérique", "es": "La esfera pública digital", "ar": "الفضاء العام الرقمي", "pt": "A esfera pública digital"},
        "questions": [
            ("platform-rules", "scale", {
                "en": "Social media platforms should decide alone what content they remove.",
                "fr": "Les réseaux sociaux devraient décider seuls des contenus qu'ils retirent.",
                "es": "Las redes sociales deberían decidir solas qué contenidos eliminan.",
                "ar": "يجب أن تقرر منصات التواصل الاجتماعي وحدها المحتوى الذي تحذفه.",
                "pt": "As redes sociais deveriam decidir sozinhas que conteúdos removem.",
            }),
            ("recommendations", "open", {
                "en": "What does your table recommend to keep online debate healthy?",
                "fr": "Que recommande votre table pour que le débat en ligne reste sain ?",
                "es": "¿Qué recomienda su mesa para que el debate en línea siga siendo sano?",
                "ar": "ما الذي توصي به طاولتكم للحفاظ على نقاش صحي على الإنترنت؟",
                "pt": "O que a sua mesa recomenda para manter saudável o debate na Internet?",
            }),
        ],
    },
    {
        "code": "governing-ai",
        "title": {"en": "Governing AI", "fr": "Gouverner l'IA", "es": "Gobernar la IA", "ar": "حوكمة الذكاء الاصطناعي", "pt": "Governar a IA"},
        "questions": [
            ("ai-decisions", "scale", {
                "en": "Decisions that affect people's lives should never be left to AI alone.",
                "fr": "Les décisions qui touchent la vie des gens ne devraient jamais être laissées à l'IA seule.",
                "es": "Las decisiones que afectan la vida de las personas nunca deberían dejarse solo a la IA.",
                "ar": "يجب ألا تُترك القرارات التي تمس حياة الناس للذكاء الاصطناعي وحده.",
                "pt": "As decisões que afetam a vida das pessoas nunca deveriam ser deixadas só à IA.",
            }),
            ("ai-priorities", "multiple", {
                "en": "Which rules matter most for AI? (tick up to two)",
                "fr": "Quelles règles comptent le plus pour l'IA ? (deux au plus)",
                "es": "¿Qué reglas importan más para la IA? (marque hasta dos)",
                "ar": "ما القواعد الأهم للذكاء الاصطناعي؟ (اختر اثنتين على الأكثر)",
                "pt": "Que regras são mais importantes para a IA? (marque até duas)",
            }, [
                ("transparency", {"en": "Transparency", "fr": "Transparence", "es": "Transparencia", "ar": "الشفافية", "pt": "Transparência"}),
                ("human-oversight", {"en": "Human oversight", "fr": "Contrôle humain", "es": "Supervisión humana", "ar": "الرقابة البشرية", "pt": "Supervisão humana"}),
                ("fairness", {"en": "No discrimination", "fr": "Pas de discrimination", "es": "Sin discriminación", "ar": "عدم التمييز", "pt": "Sem discriminação"}),
                ("liability", {"en": "Clear liability", "fr": "Responsabilité claire", "es": "Responsabilidad clara", "ar": "مسؤولية واضحة", "pt": "Responsabilidade clara"}),
            ]),
        ],
    },
    {
        "code": "internet-governance",
        "title": {"en": "Internet governance", "fr": "Gouvernance d'Internet", "es": "Gobernanza de Internet", "ar": "حوكمة الإنترنت", "pt": "Governança da Internet"},
        "questions": [
            ("citizens-voice", "scale", {
                "en": "Citizens should have a say in how the Internet is governed.",
                "fr": "Les citoyens devraient avoir leur mot à dire sur la gouvernance d'Internet.",
                "es": "Los ciudadanos deberían opinar sobre cómo se gobierna Internet.",
                "ar": "يجب أن يكون للمواطنين رأي في كيفية حوكمة الإنترنت.",
                "pt": "Os cidadãos deveriam ter voz sobre a forma como a Internet é governada.",
            }),
            ("message-to-leaders", "open", {
                "en": "What message does your table send to decision makers?",
                "fr": "Quel message votre table adresse-t-elle aux décideurs ?",
                "es": "¿Qué mensaje envía su mesa a quienes toman las decisiones?",
                "ar": "ما الرسالة التي توجهها طاولتكم إلى صناع القرار؟",
                "pt": "Que mensagem a sua mesa envia a quem toma as decisões?",
            }),
        ],
    },
]

PARTNERS = [
    {"name": "Citoyens du Numérique", "countries": ["FR", "BE"], "sites": [
        {"name": "Maison des Associations", "city": "Lyon", "country": "FR", "tz": "Europe/Paris", "languages": ["fr"], "tables": 3, "language": "fr"},
    ], "coordinator": "coordinator"},
    {"name": "Foro Ciudadano Digital", "countries": ["AR", "UY"], "sites": [
        {"name": "Centro Cultural San Telmo", "city": "Buenos Aires", "country": "AR", "tz": "America/Argentina/Buenos_Aires", "languages": ["es"], "tables": 3, "language": "es"},
    ], "staff": "partner_staff"},
    {"name": "Nairobi Civic Lab", "countries": ["KE"], "sites": [
        {"name": "Civic Lab Hall", "city": "Nairobi", "country": "KE", "tz": "Africa/Nairobi", "languages": ["en"], "tables": 2, "language": "en"},
    ]},
    {"name": "Pacific Voices Network", "countries": ["FJ"], "sites": [
        {"name": "Suva Community Centre", "city": "Suva", "country": "FJ", "tz": "Pacific/Fiji", "languages": ["en"], "tables": 2, "language": "en"},
    ]},
    {"name": "Hiwar Digital", "countries": ["TN"], "sites": [
        {"name": "Dar El Hiwar", "city": "Tunis", "country": "TN", "tz": "Africa/Tunis", "languages": ["ar", "fr"], "tables": 2, "language": "ar"},
    ]},
]
