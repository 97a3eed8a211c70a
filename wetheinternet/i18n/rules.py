import rules

from wetheinternet.accounts.rules import is_organiser_staff

rules.add_perm("i18n.manage_content_translations", is_organiser_staff)
