"""Demo text for registrations (our own writing): demographic questions, consent
texts and invented names per demo country."""

FEATURES = [
    ("age", {"en": "Age", "fr": "Âge", "es": "Edad", "ar": "العمر", "pt": "Idade"}, [
        ("16-29", {"en": "16 to 29", "fr": "16 à 29 ans", "es": "16 a 29", "ar": "من 16 إلى 29", "pt": "16 a 29"}),
        ("30-49", {"en": "30 to 49", "fr": "30 à 49 ans", "es": "30 a 49", "ar": "من 30 إلى 49", "pt": "30 a 49"}),
        ("50-plus", {"en": "50 or older", "fr": "50 ans ou plus", "es": "50 o más", "ar": "50 فأكثر", "pt": "50 ou mais"}),
    ]),
    ("gender", {"en": "Gender", "fr": "Genre", "es": "Género", "ar": "الجنس", "pt": "Gênero"}, [
        ("woman", {"en": "Woman", "fr": "Femme", "es": "Mujer", "ar": "امرأة", "pt": "Mulher"}),
        ("man", {"en": "Man", "fr": "Homme", "es": "Hombre", "ar": "رجل", "pt": "Homem"}),
        ("other", {"en": "In another way", "fr": "Autrement", "es": "De otra manera", "ar": "بطريقة أخرى", "pt": "De outra forma"}),
    ]),
    ("education", {"en": "Education", "fr": "Études", "es": "Estudios", "ar": "التعليم", "pt": "Escolaridade"}, [
        ("primary", {"en": "Primary or none", "fr": "Primaire ou aucune", "es": "Primaria o ninguna", "ar": "ابتدائي أو بدون", "pt": "Fundamental ou nenhuma"}),
        ("secondary", {"en": "Secondary", "fr": "Secondaire", "es": "Secundaria", "ar": "ثانوي", "pt": "Ensino médio"}),
        ("higher", {"en": "Higher education", "fr": "Supérieures", "es": "Superiores", "ar": "تعليم عال", "pt": "Ensino superior"}),
    ]),
    ("occupation", {"en": "Occupation", "fr": "Activité", "es": "Ocupación", "ar": "المهنة", "pt": "Ocupação"}, [
        ("working", {"en": "Working", "fr": "En emploi", "es": "Trabajando", "ar": "أعمل", "pt": "Trabalhando"}),
        ("studying", {"en": "Studying", "fr": "En études", "es": "Estudiando", "ar": "أدرس", "pt": "Estudando"}),
        ("not-working", {"en": "Not in paid work", "fr": "Sans emploi rémunéré", "es": "Sin trabajo remunerado", "ar": "بدون عمل مأجور", "pt": "Sem trabalho remunerado"}),
    ]),
    ("area", {"en": "Where you live", "fr": "Lieu de vie", "es": "Dónde vive", "ar": "مكان السكن", "pt": "Onde mora"}, [
        ("urban", {"en": "Town or city", "fr": "En ville", "es": "Ciudad", "ar": "مدينة", "pt": "Cidade"}),
        ("rural", {"en": "Countryside", "fr": "À la campagne", "es": "Campo", "ar": "ريف", "pt": "Campo"}),
    ]),
    ("internet-use", {"en": "Internet use", "fr": "Usage d'Internet", "es": "Uso de Internet", "ar": "استخدام الإنترنت", "pt": "Uso da Internet"}, [
        ("daily", {"en": "Every day", "fr": "Tous les jours", "es": "Todos los días", "ar": "كل يوم", "pt": "Todos os dias"}),
        ("sometimes", {"en": "Sometimes", "fr": "Parfois", "es": "A veces", "ar": "أحيانا", "pt": "Às vezes"}),
        ("never", {"en": "Rarely or never", "fr": "Rarement ou jamais", "es": "Rara vez o nunca", "ar": "نادرا أو أبدا", "pt": "Raramente ou nunca"}),
    ]),
]

CONSENTS = {
    "participation": {
        "en": "I agree that the partner organisation keeps my name, contact details and answers to register me for the Deliberation Day and to draw the panel by lot.",
        "fr": "J'accepte que l'organisation partenaire conserve mon nom, mes coordonnées et mes réponses pour m'inscrire à la Journée de délibération et tirer le panel au sort.",
        "es": "Acepto que la organización socia guarde mi nombre, mis datos de contacto y mis respuestas para inscribirme en el Día de Deliberación y sortear el panel.",
        "ar": "أوافق على أن تحتفظ المنظمة الشريكة باسمي وبيانات الاتصال بي وإجاباتي لتسجيلي في يوم التداول ولاختيار اللجنة بالقرعة.",
        "pt": "Concordo que a organização parceira guarde o meu nome, os meus dados de contato e as minhas respostas para me inscrever no Dia de Deliberação e sortear o painel.",
    },
    "contact": {
        "en": "I agree to be contacted about the dialogue's activity after the day.",
        "fr": "J'accepte d'être contacté·e au sujet des suites du dialogue.",
        "es": "Acepto que me contacten sobre la actividad del diálogo después del día.",
        "ar": "أوافق على أن يتم التواصل معي بخصوص أنشطة الحوار بعد اليوم.",
        "pt": "Concordo em ser contatado(a) sobre a atividade do diálogo depois do dia.",
    },
    "statistics": {
        "en": "I agree that my answers to the demographic questions are used, without my name, in anonymised statistics. This is needed to be drawn for the panel.",
        "fr": "J'accepte que mes réponses aux questions démographiques soient utilisées, sans mon nom, dans des statistiques anonymisées. C'est nécessaire pour être tiré·e au sort.",
        "es": "Acepto que mis respuestas a las preguntas demográficas se usen, sin mi nombre, en estadísticas anonimizadas. Es necesario para ser sorteado.",
        "ar": "أوافق على استخدام إجاباتي عن الأسئلة الديموغرافية دون اسمي في إحصاءات مجهولة الهوية. هذا ضروري للاختيار في اللجنة.",
        "pt": "Concordo que as minhas respostas às perguntas demográficas sejam usadas, sem o meu nome, em estatísticas anonimizadas. É necessário para ser sorteado(a) para o painel.",
    },
    "photographs": {
        "en": "I agree to be photographed at this site, where journalists are present.",
        "fr": "J'accepte d'être photographié·e sur ce site, où des journalistes sont présents.",
        "es": "Acepto ser fotografiado en esta sede, donde habrá periodistas.",
        "ar": "أوافق على أن أُصوَّر في هذا الموقع حيث يحضر صحفيون.",
        "pt": "Concordo em ser fotografado(a) neste local, onde haverá jornalistas.",
    },
}

FIRST_NAMES = {
    "FR": ["Claire", "Mathieu", "Inès", "Hugo", "Nadia", "Julien", "Léa", "Karim", "Sophie", "Antoine"],
    "AR": ["Valentina", "Martín", "Florencia", "Diego", "Camila", "Joaquín", "Rocío", "Facundo", "Julieta", "Tomás"],
    "KE": ["Wanjiku", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi", "Akinyi", "Kiprop", "Wairimu", "Baraka"],
    "FJ": ["Litia", "Josefa", "Mere", "Sitiveni", "Ana", "Ratu", "Salote", "Viliame", "Priya", "Arun"],
    "TN": ["Amira", "Mehdi", "Salma", "Hatem", "Ines", "Walid", "Rim", "Skander", "Olfa", "Nizar"],
}
LAST_NAMES = {
    "FR": ["Moreau", "Lefèvre", "Benali", "Girard", "Roux", "Fontaine", "Chevalier", "Mercier"],
    "AR": ["Gómez", "Sosa", "Benítez", "Acosta", "Romero", "Medina", "Herrera", "Ruiz"],
    "KE": ["Mutua", "Ochieng", "Kariuki", "Chebet", "Wekesa", "Njoroge", "Odhiambo", "Kilonzo"],
    "FJ": ["Tuilagi", "Naivalu", "Raduva", "Kumar", "Vunibaka", "Seruvatu", "Prasad", "Delana"],
    "TN": ["Trabelsi", "Gharbi", "Ayari", "Jebali", "Mansouri", "Hamdi", "Bouazizi", "Sassi"],
}
