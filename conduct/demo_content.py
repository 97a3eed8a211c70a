"""Demo text of the code of conduct, written for this project, in the five interface languages."""

V1 = {
    "en": ("Code of conduct", "## Our pledge\n\nEveryone who takes part in the dialogue — partners, hosts, facilitators, note takers and citizens — is welcome as they are. We listen to each other, online and offline.\n\n## What we expect\n\n- Speak for yourself and let others finish.\n- Disagree with ideas, never attack people.\n- Respect the choice of anyone who does not wish to speak.\n\n## What is not acceptable\n\nHarassment, threats, insults, and unwanted contact of any kind.\n\n## Reporting\n\nTell your site's conduct contact or use the report form. Reports are read in confidence."),
    "fr": ("Code de conduite", "## Notre engagement\n\nToute personne qui prend part au dialogue — partenaires, hôtes, animateurs, preneurs de notes et citoyens — est la bienvenue telle qu'elle est. Nous nous écoutons, en ligne comme sur place.\n\n## Ce que nous attendons\n\n- Parler en son nom et laisser les autres finir.\n- Contester les idées, jamais les personnes.\n- Respecter le choix de qui ne souhaite pas parler.\n\n## Ce qui n'est pas acceptable\n\nLe harcèlement, les menaces, les insultes et tout contact non souhaité.\n\n## Signaler\n\nParlez-en au référent conduite de votre site ou utilisez le formulaire de signalement. Les signalements sont lus en toute confidentialité."),
    "es": ("Código de conducta", "## Nuestro compromiso\n\nToda persona que participa en el diálogo — socios, anfitriones, facilitadores, relatores y ciudadanía — es bienvenida tal como es. Nos escuchamos, en línea y en persona.\n\n## Lo que esperamos\n\n- Hablar en nombre propio y dejar terminar a los demás.\n- Discutir ideas, nunca atacar a personas.\n- Respetar a quien no desea hablar.\n\n## Lo que no es aceptable\n\nEl acoso, las amenazas, los insultos y cualquier contacto no deseado.\n\n## Informar\n\nHable con la persona de contacto de conducta de su sede o use el formulario de reporte. Los reportes se leen con confidencialidad."),
    "ar": ("مدونة السلوك", "## التزامنا\n\nكل من يشارك في الحوار — الشركاء والمضيفون والميسّرون ومدوّنو الملاحظات والمواطنون — مرحّب به كما هو. نستمع بعضنا إلى بعض، عبر الإنترنت وحضورياً.\n\n## ما نتوقعه\n\n- تحدّث باسمك ودع الآخرين يُكملون كلامهم.\n- ناقش الأفكار ولا تهاجم الأشخاص أبداً.\n- احترم اختيار من لا يرغب في الكلام.\n\n## ما هو غير مقبول\n\nالتحرش والتهديد والإهانة وأي تواصل غير مرغوب فيه.\n\n## الإبلاغ\n\nتحدّث إلى مسؤول السلوك في موقعك أو استخدم استمارة الإبلاغ. تُقرأ البلاغات بسرية تامة."),
    "pt": ("Código de conduta", "## O nosso compromisso\n\nTodas as pessoas que participam do diálogo — parceiros, anfitriões, facilitadores, relatores e cidadãos — são bem-vindas tal como são. Escutamo-nos uns aos outros, on-line e presencialmente.\n\n## O que esperamos\n\n- Falar em nome próprio e deixar os outros terminar.\n- Discordar das ideias, nunca atacar as pessoas.\n- Respeitar a escolha de quem não deseja falar.\n\n## O que não é aceitável\n\nAssédio, ameaças, insultos e qualquer contato indesejado.\n\n## Relatar\n\nFale com o ponto focal de conduta do seu local ou use o formulário de relato. Os relatos são lidos com confidencialidade."),
}

V2_ADDITION = {
    "en": ("## Online spaces\n\nThe same rules apply in online sessions, chat groups and social media linked to the dialogue. Do not share screenshots of other participants without their consent.",
           "A section on online spaces; reporting now names the Response Lead."),
    "fr": ("## Espaces en ligne\n\nLes mêmes règles s'appliquent aux sessions en ligne, aux groupes de discussion et aux réseaux sociaux liés au dialogue. Ne partagez pas de captures d'écran d'autres participants sans leur accord.",
           "Une section sur les espaces en ligne ; le signalement nomme désormais la personne responsable des réponses."),
    "es": ("## Espacios en línea\n\nLas mismas reglas valen en las sesiones en línea, los grupos de chat y las redes sociales ligadas al diálogo. No comparta capturas de pantalla de otras personas sin su consentimiento.",
           "Una sección sobre espacios en línea; el reporte ahora nombra a la persona responsable de respuesta."),
    "ar": ("## الفضاءات الرقمية\n\nتنطبق القواعد نفسها على الجلسات عبر الإنترنت ومجموعات الدردشة ووسائل التواصل المرتبطة بالحوار. لا تشارك لقطات شاشة لمشاركين آخرين دون موافقتهم.",
           "قسم عن الفضاءات الرقمية؛ ويذكر الإبلاغ الآن مسؤول الاستجابة."),
    "pt": ("## Espaços on-line\n\nAs mesmas regras valem nas sessões on-line, nos grupos de conversa e nas redes sociais ligadas ao diálogo. Não compartilhe capturas de tela de outros participantes sem o consentimento deles.",
           "Uma seção sobre os espaços on-line; o relato passa a indicar o Responsável pela Resposta."),
}

V3_ADDITION = {
    "en": "## Repair\n\nWhen harm happens, we look first for repair: an apology, a conversation, a change in how we work together.",
    "fr": "## Réparer\n\nQuand un tort est causé, nous cherchons d'abord à le réparer : des excuses, une conversation, un changement dans notre manière de travailler ensemble.",
    "es": "## Reparar\n\nCuando se causa un daño, buscamos primero repararlo: una disculpa, una conversación, un cambio en nuestra forma de trabajar juntos.",
    "ar": "## الإصلاح\n\nعندما يقع ضرر، نبحث أولاً عن إصلاحه: اعتذار أو حوار أو تغيير في طريقة عملنا معاً.",
    "pt": "## Reparar\n\nQuando há um dano, procuramos primeiro repará-lo: um pedido de desculpas, uma conversa, uma mudança na forma como trabalhamos juntos.",
}

SESSION_TITLES = [
    {"en": "Working session for Africa and Europe", "fr": "Session de travail Afrique et Europe",
     "es": "Sesión de trabajo África y Europa", "ar": "جلسة عمل لأفريقيا وأوروبا", "pt": "Sessão de trabalho para a África e a Europa"},
    {"en": "Working session for the Americas", "fr": "Session de travail Amériques",
     "es": "Sesión de trabajo Américas", "ar": "جلسة عمل للأمريكتين", "pt": "Sessão de trabalho para as Américas"},
]

ANSWERS = [
    {"familiarity": 3, "works_well": "The pledge is short and easy to read aloud at the start of a session.",
     "missing_or_unclear": "", "change_kind": "", "change_suggestion": "", "language": "en"},
    {"familiarity": 2, "works_well": "", "missing_or_unclear": "Qui contacter quand le référent est lui-même en cause ?",
     "change_kind": "add", "change_suggestion": "Ajouter : « Vous pouvez toujours écrire directement à l'équipe conduite. »",
     "language": "fr"},
    {"familiarity": 4, "works_well": "La sección de reparación es muy buena.", "missing_or_unclear": "",
     "change_kind": "rethink", "change_suggestion": "Explicar qué pasa después de un reporte, paso a paso.",
     "language": "es", "joins": 1, "name": "Lucía Gómez", "email": "lucia.gomez@example.org"},
    {"familiarity": 5, "works_well": "", "missing_or_unclear": "Screenshots in chat groups are not clear.",
     "change_kind": "remove", "change_suggestion": "Remove the word 'politely': respect is enough.", "language": "en"},
]

# Demo cases: (receipt code, state, urgent, place, description, decision step)
CASES = [
    ("DEMO-CASE-0001-NEW0-0000-0001", "new", True, "site",
     "During the lunch break a man followed a participant to the bus stop and would not leave her alone.", ""),
    ("DEMO-CASE-0002-ACK0-0000-0002", "acknowledged", False, "online",
     "In the online session chat, one participant kept posting mocking comments about another's accent.", ""),
    ("DEMO-CASE-0003-INV0-0000-0003", "investigating", False, "other",
     "A volunteer shared photos of participants in a public social-media group without asking them.", ""),
    ("DEMO-CASE-0004-RES0-0000-0004", "resolved", False, "site",
     "A facilitator cut off every participant who disagreed with him and raised his voice at a table.", "warning"),
    ("DEMO-CASE-0005-DIS0-0000-0005", "dismissed", False, "online",
     "Someone said my question was off topic.", ""),
]
