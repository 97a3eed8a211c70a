"""Demo step for the analysis (after reports): a codebook of themes for the first open
question, its approved answers tagged by the demo analyst, a French translation of one
answer, two decision makers and a recommendation with both their responses and a
follow-up, an evaluation questionnaire after the day with six anonymous answers, and
the dissemination kits of every area in the dialogue's main language, queued once the
themes exist (the worker of ``make run`` builds them in the background, about 3 s each,
so the seed itself stays quick).
Idempotent: everything is found by its name before it is made."""

import datetime as dt

from django.utils import timezone

from dialogues.enums import QuestionKind
from reports.domain.kits import launch_kits
from reports.domain.releases import latest_release
from reports.models import DisseminationKit

from .domain.evaluation import issue_tokens, submit_with_token
from .domain.queries import approved_answers, open_questions
from .domain.recommendations import add_follow_up, respond
from .enums import Audience, ResponsePosition
from .models import (
    AnswerTranslation,
    DecisionMaker,
    EvaluationChoice,
    EvaluationQuestion,
    FollowUp,
    Questionnaire,
    Recommendation,
    Response,
    Theme,
    ThemeTag,
)

# (key words in the demo answers, names by language, descriptions by language)
THEMES = [
    ("identity", {"en": "Identity without intermediaries", "fr": "Identité sans intermédiaires",
                  "es": "Identidad sin intermediarios", "ar": "هوية دون وسطاء", "pt": "Identidade sem intermediários"},
     {"en": "Proving who one is online without a private company in the middle.",
      "fr": "Prouver qui l’on est en ligne sans entreprise privée au milieu.",
      "es": "Demostrar quién se es en línea sin una empresa privada en medio.",
      "ar": "إثبات الهوية على الإنترنت دون شركة خاصة في الوسط.",
      "pt": "Provar quem se é na internet sem uma empresa privada no meio."}),
    ("school", {"en": "Digital education", "fr": "Éducation numérique", "es": "Educación digital",
                "ar": "التعليم الرقمي", "pt": "Educação digital"},
     {"en": "Teaching how online systems work.", "fr": "Enseigner le fonctionnement des systèmes en ligne.",
      "es": "Enseñar cómo funcionan los sistemas en línea.", "ar": "تعليم كيفية عمل الأنظمة على الإنترنت.",
      "pt": "Ensinar como funcionam os sistemas online."}),
    ("smartphone|rural", {"en": "Access for everyone", "fr": "Accès pour tous", "es": "Acceso para todos",
                          "ar": "الوصول للجميع", "pt": "Acesso para todos"},
     {"en": "Connection and public services for people left out.",
      "fr": "Connexion et services publics pour les personnes laissées de côté.",
      "es": "Conexión y servicios públicos para las personas excluidas.",
      "ar": "الاتصال والخدمات العامة للأشخاص المستبعدين.",
      "pt": "Conexão e serviços públicos para as pessoas excluídas."}),
    ("algorithm", {"en": "Oversight of algorithms", "fr": "Contrôle des algorithmes", "es": "Control de los algoritmos",
                   "ar": "الرقابة على الخوارزميات", "pt": "Supervisão dos algoritmos"},
     {"en": "Independent audits of the algorithms public bodies use.",
      "fr": "Des audits indépendants des algorithmes utilisés par les pouvoirs publics.",
      "es": "Auditorías independientes de los algoritmos que usan los poderes públicos.",
      "ar": "تدقيق مستقل للخوارزميات التي تستخدمها الهيئات العامة.",
      "pt": "Auditorias independentes dos algoritmos usados pelos órgãos públicos."}),
]
RECOMMENDATION = (
    {"en": "Audit public algorithms", "fr": "Auditer les algorithmes publics", "es": "Auditar los algoritmos públicos",
     "ar": "تدقيق الخوارزميات العامة", "pt": "Auditar os algoritmos públicos"},
    {"en": "Every government algorithm that decides about people should be audited by an independent body, and the "
           "results published.",
     "fr": "Tout algorithme public qui décide à propos de personnes devrait être audité par un organisme indépendant, "
           "et les résultats publiés.",
     "es": "Todo algoritmo gubernamental que decide sobre personas debería ser auditado por un organismo independiente "
           "y sus resultados publicados.",
     "ar": "ينبغي أن تدقق هيئة مستقلة كل خوارزمية حكومية تتخذ قرارات بشأن الأشخاص، وأن تُنشر النتائج.",
     "pt": "Todo algoritmo governamental que decide sobre pessoas deveria ser auditado por um órgão independente, e os "
           "resultados publicados."},
)
# French translations of the demo's answers (results.demo.IDEAS), entered by the demo translator.
FRENCH = {
    "Every person should be able to prove who they are online without a private company in the middle.":
        "Chacun devrait pouvoir prouver son identité en ligne sans entreprise privée au milieu.",
    "Teach how recommendation systems work in every secondary school.":
        "Enseigner le fonctionnement des systèmes de recommandation dans chaque lycée et collège.",
    "Public services must keep working for people without a smartphone.":
        "Les services publics doivent continuer de fonctionner pour les personnes sans smartphone.",
    "An independent body should audit the algorithms used by governments.":
        "Un organisme indépendant devrait auditer les algorithmes utilisés par les gouvernements.",
    "Fast and affordable connection in rural areas before anything else.":
        "Une connexion rapide et abordable dans les zones rurales avant tout.",
}
MAKERS = [
    ("decision_maker", "Ministry of Digital Affairs", "PT", ResponsePosition.WILL_ACT,
     "The ministry already lists the algorithms it uses; audits are the next step.",
     "An independent audit of the three largest public algorithms by the end of next year."),
    ("decision_maker_global", "Internet Governance Forum Leadership Panel", "", ResponsePosition.CONSIDERING,
     "The panel supports the idea and will discuss how to recommend it to member states.",
     "A discussion paper for the next annual meeting."),
]


def _set_translated(obj, field, values):
    for language, value in values.items():
        setattr(obj, f"{field}_{language}", value)


def seed(context):
    dialogue = context.dialogue
    question = open_questions(dialogue).first()
    if question is None:
        return
    themes = []
    for position, (words, names, descriptions) in enumerate(THEMES):
        theme = Theme.objects.filter(question=question, name_en=names["en"]).first() or Theme(question=question)
        _set_translated(theme, "name", names)
        _set_translated(theme, "description", descriptions)
        theme.position = position
        theme.save()
        themes.append((words, theme))
    analyst = context.users["analyst"]
    answers = list(approved_answers(dialogue).filter(answer__question=question))
    for words, theme in themes:
        for review in answers:
            if any(word in review.redacted_text.lower() for word in words.split("|")):
                ThemeTag.objects.get_or_create(theme=theme, review=review, defaults={"tagged_by": analyst})
    context.say(f"    {len(themes)} themes, {ThemeTag.objects.filter(theme__question=question).count()} tags")
    foreign = next((r for r in answers if r.answer.submission.table.language != "fr" and r.redacted_text in FRENCH), None)
    if foreign is not None and not AnswerTranslation.objects.filter(review=foreign, language="fr").exists():
        AnswerTranslation.objects.create(review=foreign, language="fr", source="entered",
                                         translated_by=context.users["translator"], text=FRENCH[foreign.redacted_text])
    _recommendation(context, dialogue, question, themes[-1][1])
    _evaluation(context, dialogue)
    _evaluation_before(context, dialogue)
    _kits(context, dialogue)


def _recommendation(context, dialogue, question, theme):
    titles, texts = RECOMMENDATION
    recommendation = Recommendation.objects.filter(dialogue=dialogue, title_en=titles["en"]).first()
    if recommendation is None:
        recommendation = Recommendation(dialogue=dialogue)
        _set_translated(recommendation, "title", titles)
        _set_translated(recommendation, "text", texts)
        recommendation.save()
        recommendation.themes.set([theme])
        recommendation.questions.set([question])
    for key, institution, country, position, reasons, commitment in MAKERS:
        user = context.users[key]
        maker, _created = DecisionMaker.objects.get_or_create(
            user=user, dialogue=dialogue, defaults={"name": user.full_name, "institution": institution, "country": country}
        )
        response = Response.objects.filter(recommendation=recommendation, decision_maker=maker).first() or respond(
            recommendation, maker, position=position, reasons=reasons, commitment=commitment, by=user)
        if key == "decision_maker" and not FollowUp.objects.filter(response=response).exists():
            add_follow_up(response, date=timezone.localdate() - dt.timedelta(days=1), by=user, link="https://example.org/audit",
                          text="The call for tenders for the first audit is published.")
    context.say(f"    1 recommendation, {Response.objects.filter(recommendation=recommendation).count()} responses")


EVALUATION = {
    "title": {"en": "After the day: your opinion", "fr": "Après la journée : votre avis", "es": "Después de la jornada: su opinión",
              "ar": "بعد اليوم: رأيك", "pt": "Depois do dia: a sua opinião"},
    "again": {"en": "Would you take part in such a dialogue again?", "fr": "Participeriez-vous de nouveau à un tel dialogue ?",
              "es": "¿Volvería a participar en un diálogo así?", "ar": "هل ستشارك في حوار كهذا مرة أخرى؟",
              "pt": "Voltaria a participar num diálogo assim?"},
    "yes": {"en": "Yes", "fr": "Oui", "es": "Sí", "ar": "نعم", "pt": "Sim"},
    "no": {"en": "No", "fr": "Non", "es": "No", "ar": "لا", "pt": "Não"},
    "informed": {"en": "How well informed do you feel about the topics now?",
                 "fr": "Dans quelle mesure vous sentez-vous informé·e sur les sujets maintenant ?",
                 "es": "¿Hasta qué punto se siente informado/a sobre los temas ahora?",
                 "ar": "إلى أي مدى تشعر الآن بأنك مطلع على المواضيع؟",
                 "pt": "Até que ponto se sente informado/a sobre os temas agora?"},
    "else": {"en": "Anything else you would like to tell the organisers?",
             "fr": "Autre chose à dire aux organisateurs ?", "es": "¿Algo más que quiera decir a los organizadores?",
             "ar": "هل هناك شيء آخر تود قوله للمنظمين؟", "pt": "Mais alguma coisa que queira dizer aos organizadores?"},
}
# (again: "yes"/"no", informed 1–5, text) for the demo's anonymous answers.
EVALUATION_ANSWERS = [("yes", 4, "The facilitator made sure everyone spoke."), ("yes", 5, ""), ("yes", 4, ""),
                      ("yes", 3, "More time for the last topic, please."), ("no", 2, ""), ("yes", 4, "")]


def _evaluation(context, dialogue):
    """The participants' questionnaire after the day, codes issued and six of them used."""
    questionnaire = Questionnaire.objects.filter(dialogue=dialogue, audience=Audience.PARTICIPANTS_AFTER).first()
    if questionnaire is not None:
        return
    questionnaire = Questionnaire(dialogue=dialogue, audience=Audience.PARTICIPANTS_AFTER)
    _set_translated(questionnaire, "title", EVALUATION["title"])
    questionnaire.save()
    again = EvaluationQuestion(questionnaire=questionnaire, position=0, kind=QuestionKind.SINGLE_CHOICE)
    _set_translated(again, "text", EVALUATION["again"])
    again.save()
    choices = {}
    for position, key in enumerate(["yes", "no"]):
        choices[key] = EvaluationChoice(question=again, position=position)
        _set_translated(choices[key], "label", EVALUATION[key])
        choices[key].save()
    informed = EvaluationQuestion(questionnaire=questionnaire, position=1, kind=QuestionKind.SCALE, scale_max=5)
    _set_translated(informed, "text", EVALUATION["informed"])
    informed.save()
    other = EvaluationQuestion(questionnaire=questionnaire, position=2, kind=QuestionKind.OPEN_TEXT)
    _set_translated(other, "text", EVALUATION["else"])
    other.save()
    tokens = issue_tokens(questionnaire, 10, by=context.users["staff"])
    for token, (choice, value, text) in zip(tokens, EVALUATION_ANSWERS, strict=False):
        submit_with_token(questionnaire, token, {again.pk: [str(choices[choice].pk)], informed.pk: [str(value)],
                                                 other.pk: [text]}, language="en")
    context.say(f"    1 evaluation questionnaire, {len(EVALUATION_ANSWERS)} anonymous answers")


EVALUATION_BEFORE = {
    "title": {"en": "Before the day: what you expect", "fr": "Avant la journée : vos attentes",
              "es": "Antes del día: sus expectativas", "ar": "قبل اليوم: توقعاتك",
              "pt": "Antes do dia: as suas expectativas"},
    "informed": {"en": "How well informed do you feel about the topics?",
                 "fr": "Dans quelle mesure vous sentez-vous informé sur les thèmes ?",
                 "es": "¿En qué medida se siente informado sobre los temas?",
                 "ar": "إلى أي مدى تشعر بأنك مطّلع على المواضيع؟",
                 "pt": "Até que ponto se sente informado sobre os temas?"},
}
EVALUATION_BEFORE_ANSWERS = [2, 3, 3, 4, 2, 3, 1, 2]


def _evaluation_before(context, dialogue):
    """The participants' questionnaire before the day (ex-ante): one 1-5 scale, eight
    anonymous answers; the demo slips and confirmation e-mails then carry its codes."""
    if Questionnaire.objects.filter(dialogue=dialogue, audience=Audience.PARTICIPANTS_BEFORE).exists():
        return
    questionnaire = Questionnaire(dialogue=dialogue, audience=Audience.PARTICIPANTS_BEFORE)
    _set_translated(questionnaire, "title", EVALUATION_BEFORE["title"])
    questionnaire.save()
    informed = EvaluationQuestion(questionnaire=questionnaire, position=0, kind=QuestionKind.SCALE, scale_max=5)
    _set_translated(informed, "text", EVALUATION_BEFORE["informed"])
    informed.save()
    tokens = issue_tokens(questionnaire, len(EVALUATION_BEFORE_ANSWERS), by=context.users["staff"])
    for token, value in zip(tokens, EVALUATION_BEFORE_ANSWERS, strict=True):
        submit_with_token(questionnaire, token, {informed.pk: [str(value)]}, language="en")
    context.say(f"    1 questionnaire before the day, {len(EVALUATION_BEFORE_ANSWERS)} anonymous answers")


def _kits(context, dialogue):
    """Queue the kits once (built by a worker); staff rebuild them with each release."""
    if latest_release(dialogue) is None or DisseminationKit.objects.filter(dialogue=dialogue).exists():
        return
    kits = launch_kits(dialogue, by=context.users["staff"], languages=[dialogue.default_language])
    context.say(f"    {len(kits)} dissemination kits queued for the worker")
