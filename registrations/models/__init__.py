from .checkin import AdmissionOverride
from .consent import ConsentRecord, ConsentText
from .features import Category, Feature, QuotaTarget
from .panels import PanelMember, PanelRun
from .registrants import Registrant, RegistrantAnswer, normalise_reference_code
from .rights import DataRightsRequest, RetentionPurge
from .seats import TableAssignmentRun, TableSeat

__all__ = [
    "AdmissionOverride",
    "Category",
    "ConsentRecord",
    "ConsentText",
    "DataRightsRequest",
    "Feature",
    "PanelMember",
    "PanelRun",
    "QuotaTarget",
    "Registrant",
    "RegistrantAnswer",
    "RetentionPurge",
    "TableAssignmentRun",
    "TableSeat",
    "normalise_reference_code",
]
