"""Who may do what after the day: staff and analysts keep the codebook and tag approved
answers; staff and translators translate them; staff write recommendations and invite
analysts, translators and decision makers; a decision maker writes only their own
responses; anyone reads the impact page."""

import rules

from wetheinternet.accounts.rules import is_analyst, is_organiser_staff, is_translator

from .enums import Audience


@rules.predicate
def is_decision_maker(user):
    return bool(user and user.is_authenticated and user.decision_maker_roles.exists())


@rules.predicate
def is_invited_to_respond(user, recommendation):
    """A decision maker of the recommendation's dialogue."""
    if recommendation is None or not user.is_authenticated:
        return False
    return user.decision_maker_roles.filter(dialogue_id=recommendation.dialogue_id).exists()


@rules.predicate
def is_response_author(user, response):
    return response is not None and user.is_authenticated and response.decision_maker.user_id == user.pk


rules.add_perm("analysis.view_analysis_home", is_organiser_staff | is_analyst | is_translator)
# The home page among a person's roles: staff reach the analysis from the staff home.
rules.add_perm("analysis.view_analyst_home", is_analyst | is_translator)
rules.add_perm("analysis.manage_codebook", is_organiser_staff | is_analyst)
rules.add_perm("analysis.tag_answers", is_organiser_staff | is_analyst)
rules.add_perm("analysis.view_theme_counts", is_organiser_staff | is_analyst)
rules.add_perm("analysis.translate_answers", is_organiser_staff | is_translator)
rules.add_perm("analysis.invite_analysts", is_organiser_staff)
rules.add_perm("analysis.manage_recommendations", is_organiser_staff)
rules.add_perm("analysis.invite_decision_makers", is_organiser_staff)
rules.add_perm("analysis.view_decision_maker_home", is_decision_maker)
rules.add_perm("analysis.respond_to_recommendation", is_invited_to_respond)
rules.add_perm("analysis.change_response", is_response_author)


@rules.predicate
def is_in_evaluation_audience(user, questionnaire):
    """A signed-in audience of the questionnaire's dialogue: a partner member, a
    facilitator or note taker of one of its tables, or one of its decision makers."""
    if questionnaire is None or not user.is_authenticated:
        return False
    dialogue_id = questionnaire.dialogue_id
    if questionnaire.audience == Audience.PARTNERS:
        return user.partner_memberships.filter(partner__dialogue_id=dialogue_id).exists()
    if questionnaire.audience == Audience.VOLUNTEERS:
        return (user.facilitated_tables.filter(site__partner__dialogue_id=dialogue_id).exists()
                or user.note_taker_tables.filter(site__partner__dialogue_id=dialogue_id).exists())
    if questionnaire.audience == Audience.DECISION_MAKERS:
        return user.decision_maker_roles.filter(dialogue_id=dialogue_id).exists()
    return False


rules.add_perm("analysis.manage_evaluation", is_organiser_staff)
rules.add_perm("analysis.answer_evaluation", is_in_evaluation_audience)
